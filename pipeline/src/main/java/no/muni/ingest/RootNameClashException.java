package no.muni.ingest;

import java.nio.file.Path;

/** Two folders given to one run have the same name, so their document ids would collide. */
public final class RootNameClashException extends RuntimeException {
    public RootNameClashException(Path first, Path second, String name) {
        super(first.equals(second)
                ? "folder given twice: " + first
                : "folders " + first + " and " + second + " have the same name \"" + name + "\"; document ids "
                + "start with the folder name, so they would collide. Ingest them into separate indexes, "
                + "or give one folder another name");
    }
}
