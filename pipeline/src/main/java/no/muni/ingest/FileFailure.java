package no.muni.ingest;

/** A file that was not indexed in this run, and why. */
public record FileFailure(String path, String reason) {
}
