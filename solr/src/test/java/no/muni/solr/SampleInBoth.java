package no.muni.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.ingest.IngestListener;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.Partition;
import no.muni.parse.ParseLimits;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Pipelines;

/**
 * The sample corpus ingested once per test JVM into the embedded index ({@code target/sample-in-both*}) and into a
 * 2-shard collection of the shared test cluster, for the tests that compare what muni reads from each. Both stay
 * open until the JVM ends.
 */
final class SampleInBoth {

    static final String COLLECTION = "read_it";
    private static SampleInBoth shared;

    final DocumentIndex index;
    final IndexView embedded;
    final SolrReader solr;

    private SampleInBoth(DocumentIndex index, IndexView embedded, SolrReader solr) {
        this.index = index;
        this.embedded = embedded;
        this.solr = solr;
    }

    static synchronized SampleInBoth shared() {
        if (shared == null) {
            shared = ingest();
        }
        return shared;
    }

    private static SampleInBoth ingest() {
        Path corpus = Path.of(System.getProperty("muni.root", "..")).resolve("corpus");
        DocumentProcessor.Factory processors = Pipelines.standard(ParseLimits.defaults());
        DocumentIndex index;
        try {
            index = DocumentIndex.at(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sample-in-both"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(corpus), index, IngestListener.NONE);
        SolrCollection collection = SolrCollection.connect(SolrTestCluster.shared().solr(), COLLECTION);
        collection.create(2, 1);
        new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(corpus),
                new SolrDestination(collection, Partition.ALL, Duration.ofMinutes(1)), IngestListener.NONE);
        return new SampleInBoth(index, index.openView(), new SolrReader(collection));
    }
}
