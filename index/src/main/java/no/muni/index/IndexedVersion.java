package no.muni.index;

/** What the index remembers of a source file: the bytes' hash and the pipeline that processed them. */
public record IndexedVersion(String sha256, String pipelineVersion) {
}
