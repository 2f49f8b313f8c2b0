package no.muni.ingest;

import no.muni.index.DocumentIndex;
import no.muni.index.DocumentSink;

/**
 * Where an {@link IngestRun} writes, which of the files it finds it answers for, and where its memory of
 * failed files and its report go: the embedded index ({@link #of(DocumentIndex)}), or one partition of a
 * SolrCloud collection (module muni-solr).
 */
public interface IngestDestination {

    /** Opens the writer; fails with a typed exception when another run holds it. */
    DocumentSink openSink();

    /** The files this run answers for; the others are neither processed nor deleted. */
    Partition partition();

    /** Where the files that failed are remembered between runs. */
    FailureStore failures();

    /** Keeps a finished run's report. */
    void record(RunReport report);

    /** The embedded Lucene index: every file, failures and reports beside the index. */
    static IngestDestination of(DocumentIndex index) {
        return new IngestDestination() {
            @Override
            public DocumentSink openSink() {
                return index.openWriter();
            }

            @Override
            public Partition partition() {
                return Partition.ALL;
            }

            @Override
            public FailureStore failures() {
                return FailureStore.file(index.dir().resolve("failures.json"));
            }

            @Override
            public void record(RunReport report) {
                RunHistory.of(index).record(report);
            }
        };
    }
}
