package no.muni.ingest;

/**
 * How a run behaves: worker threads, how often it commits, and whether to re-process documents
 * that are unchanged but were produced by an older pipeline ({@code reprocess} forces all).
 */
public record IngestOptions(int threads, int commitEvery, boolean reprocess) {

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 1_000, false);
    }
}
