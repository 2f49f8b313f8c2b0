package no.muni.cli;

import picocli.CommandLine.Mixin;

import no.muni.index.Archive;
import no.muni.index.DocumentIndex;
import no.muni.index.LiveArchive;
import no.muni.ingest.RunHistory;
import no.muni.ingest.RunLog;
import no.muni.solr.SolrReader;

/**
 * Where a reading command reads: the embedded index ({@code --index DIR}) or a SolrCloud collection
 * ({@code --solr URL --collection NAME}). Both are read through the same {@link Archive}, so every command gives
 * the same answers from either.
 */
final class ArchiveOptions {

    @Mixin
    IndexOption index;

    @Mixin
    SolrOption solr;

    /** An opened index and the log of the runs that wrote it; closing closes the index. */
    record Opened<A extends AutoCloseable>(A archive, RunLog runs, String name) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            archive.close();
        }
    }

    /** A point-in-time view of the embedded index, which must exist, or the collection. */
    Opened<? extends Archive> open() {
        if (solr.given()) {
            return collection();
        }
        DocumentIndex idx = index.existing();
        return new Opened<>(idx.openView(), RunHistory.of(idx), idx.dir().toString());
    }

    /** For a long-running reader: each read sees the latest commit. */
    Opened<? extends LiveArchive> openLive() {
        if (solr.given()) {
            return collection();
        }
        DocumentIndex idx = index.existing();
        return new Opened<>(idx.openLive(), RunHistory.of(idx), idx.dir().toString());
    }

    /** The collection, which must exist; a reader of a collection is live by itself. */
    private Opened<SolrReader> collection() {
        SolrReader reader = new SolrReader(solr.connectExisting());
        return new Opened<>(reader, reader.runs(), "solr:" + solr.collection);
    }
}
