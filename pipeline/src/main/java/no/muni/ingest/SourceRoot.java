package no.muni.ingest;

import java.nio.file.Path;

/**
 * A folder given to {@code muni ingest}. Its {@code name} (the folder's own name) prefixes the ids
 * of its documents, so ids stay stable when the folder is mounted elsewhere; like every part of an id
 * it is made from the name's bytes ({@link PathNames}).
 */
public record SourceRoot(Path path, String name) {

    public static SourceRoot of(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return new SourceRoot(abs, PathNames.name(abs));
    }
}
