package no.muni.ingest;

/** How long one file took to process, in milliseconds. */
public record FileTime(String path, long millis) {
}
