package no.muni.pipeline;

/**
 * Identifies what produced an indexed document. Bump it whenever parsing, structure or tagging
 * output changes, so the next nightly run re-processes documents made by the older pipeline.
 */
public final class PipelineVersion {
    public static final String CURRENT = "0.9.0";

    private PipelineVersion() {
    }
}
