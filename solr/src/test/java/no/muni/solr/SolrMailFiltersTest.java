package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SortOrder;
import no.muni.ingest.IngestListener;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.Partition;
import no.muni.parse.ParseLimits;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Pipelines;

/**
 * The e-mails of the command line's tests (a thread of four messages and a message of another case; senders and
 * recipients with names and addresses, names with æ/ø/å and in MIME encoded words) in the embedded index and in a
 * 2-shard collection: the {@code from} and {@code to} filters ({@code muni search --from/--to}, the server's
 * {@code from=}/{@code to=}) find the same works in both for an address or a name, written in any case.
 */
class SolrMailFiltersTest {

    private static final String COLLECTION = "mail_it";

    @TempDir
    static Path tmp;
    static IndexView embedded;
    static SolrCollection collection;
    static SolrReader solr;

    @BeforeAll
    static void ingestBoth() {
        Path mail = Path.of(System.getProperty("muni.root", "..")).resolve("app/src/test/resources/email");
        DocumentProcessor.Factory processors = Pipelines.standard(ParseLimits.defaults());
        DocumentIndex index = DocumentIndex.at(tmp.resolve("index"));
        new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(mail), index, IngestListener.NONE);
        embedded = index.openView();
        collection = SolrCollection.connect(SolrTestCluster.shared().solr(), COLLECTION);
        collection.create(2, 1);
        new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(mail),
                new SolrDestination(collection, Partition.ALL, Duration.ofMinutes(1)), IngestListener.NONE);
        solr = new SolrReader(collection);
    }

    @AfterAll
    static void close() {
        try (IndexView index = embedded; SolrCollection solrCollection = collection) {
            // both closed (a resource not opened is null, and skipped)
        }
    }

    @ParameterizedTest
    @CsvSource({"from, kari.nordmann@eikvik.kommune.no, 2", "from, Kari.Nordmann@Eikvik.Kommune.NO, 2",
            "from, Per Hansen, 1", "from, per  hansen, 1", "from, SOLVEIG SÆTHER, 1", "to, solveig sæther, 1",
            "to, Postmottak Eikvik kommune, 1", "to, OLA.BERG@EIKVIK.KOMMUNE.NO, 2", "to, Formannskapets Sekretariat, 1",
            "from, nobody@example.com, 0"})
    void aSenderOrRecipientFilterFindsTheSameWorksWhateverTheCase(String dim, String value, int messages) {
        SearchRequest request = new SearchRequest("", Map.of(dim, List.of(value)), SortOrder.RELEVANCE, 1, 100, 0);
        SearchPage expected = embedded.search(request);
        SearchPage actual = solr.search(request);
        assertEquals(messages, expected.total(), dim + "=" + value + " in the embedded index");
        assertEquals(expected.total(), actual.total(), dim + "=" + value);
        assertEquals(SolrReadTest.works(expected), SolrReadTest.works(actual), dim + "=" + value);
        if (messages > 0) {
            assertFalse(actual.hits().isEmpty(), dim + "=" + value);
            assertTrue(actual.facets().containsKey(dim), actual.facets().keySet().toString());
        }
    }
}
