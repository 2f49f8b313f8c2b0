package no.muni.index;

import java.nio.file.Path;

/** Another process (usually another {@code muni ingest}) holds the index's write lock. */
public final class IndexLockedException extends IndexException {
    public IndexLockedException(Path dir, Throwable cause) {
        super("the index at " + dir + " is locked by another running muni ingest; try again when it has finished",
                cause);
    }
}
