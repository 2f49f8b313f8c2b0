package no.muni.ingest;

import java.nio.file.Path;

/** A regular file found under a root; {@code relativePath} uses '/' on every platform. */
public record SourceFile(SourceRoot root, Path path, String relativePath, long size) {

    /** Stable id: root name + "/" + relative path. */
    public String id() {
        return root.name() + "/" + relativePath;
    }
}
