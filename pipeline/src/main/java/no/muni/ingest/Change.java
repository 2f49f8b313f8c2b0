package no.muni.ingest;

/** How a source file compares with what the index holds for its path. */
public enum Change {
    NEW, CHANGED, UNCHANGED, DELETED, FAILED
}
