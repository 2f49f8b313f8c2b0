package no.muni.ingest;

import java.nio.file.Path;

/** A folder to ingest does not exist and the index holds nothing from it: a usage mistake. */
public final class MissingRootException extends RuntimeException {
    public MissingRootException(Path path) {
        super("folder not found: " + path);
    }
}
