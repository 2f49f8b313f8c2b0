package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.index.ExportJson;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.ingest.IngestListener;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.Partition;
import no.muni.ingest.RunReport;
import no.muni.parse.ParseLimits;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Pipelines;

/**
 * Two partitioned workers ingest a copy of the sample corpus into a 2-shard collection of a real 2-node
 * SolrCloud cluster; the collection must hold what the embedded index holds for the same folder — the same
 * ids, the same stored export documents, the same works — after a first run, an unchanged re-run, and a run
 * after one file changed and one was deleted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrIngestTest {

    private static final String COLLECTION = "ingest_it";
    private static final Duration LOCK_TTL = Duration.ofSeconds(6);

    @TempDir
    static Path tmp;
    static Path corpus;
    static SolrCollection collection;
    static DocumentProcessor.Factory processors;

    @BeforeAll
    static void startClusterAndCopyCorpus() throws IOException {
        corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Path source = Path.of(System.getProperty("muni.root", "..")).resolve("corpus");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        collection = SolrCollection.connect(SolrTestCluster.shared().solr(), COLLECTION);
        collection.create(2, 1);
        processors = Pipelines.standard(ParseLimits.defaults());
    }

    @AfterAll
    static void close() {
        if (collection != null) {
            collection.close();
        }
    }

    @Test
    @Order(1)
    void twoWorkersFillTheCollectionWithWhatTheEmbeddedIndexHolds() throws Exception {
        List<RunReport> reports = runBothWorkers();
        assertEquals(countFiles(), reports.get(0).counts().newFiles() + reports.get(1).counts().newFiles());
        assertTrue(reports.get(0).counts().newFiles() > 0 && reports.get(1).counts().newFiles() > 0,
                "both partitions take files: " + reports);
        assertSameAsEmbedded();
        assertEquals(2, runReportsIn(collection), "each worker leaves its run report");
    }

    @Test
    @Order(2)
    void aReRunChangesNothing() throws Exception {
        for (RunReport r : runBothWorkers()) {
            RunReport.Counts c = r.counts();
            assertEquals(0, c.newFiles() + c.changed() + c.deleted() + c.failed(), "re-run: " + c);
        }
        assertSameAsEmbedded();
    }

    @Test
    @Order(3)
    void changedAddedAndDeletedFilesRegroupTheirWorksAsInTheEmbeddedIndex() throws Exception {
        Path appended = corpus.resolve("004_2f0e532a553e0ac5.txt"); // stays a rendition of its HTML
        Files.writeString(appended, "\n\nTillegg: Formannskapet ba om en ny sak om frivillighetssentralen.\n",
                StandardOpenOption.APPEND);
        Path rewritten = corpus.resolve("000_33237c531c9e0230.txt"); // leaves the work of its PDF
        Files.writeString(rewritten, "Referat fra styremøte i idrettsrådet. Til stede: leder og sekretær. Sak 1: "
                + "søknad om tilskudd til ny kunstgressbane ble behandlet og sendt videre til kommunen.\n");
        Files.copy(corpus.resolve("002_5b58ae4300234c45.txt"), corpus.resolve("002_kopi.txt")); // joins a work
        Files.delete(corpus.resolve("001_bc4781144e6a4c71.txt")); // its DOCX is left a work of its own
        long added = 0;
        long changed = 0;
        long deleted = 0;
        for (RunReport r : runBothWorkers()) {
            added += r.counts().newFiles();
            changed += r.counts().changed();
            deleted += r.counts().deleted();
        }
        assertEquals(1, added);
        assertEquals(2, changed);
        assertEquals(1, deleted);
        Map<String, String> works = assertSameAsEmbedded();
        assertEquals(works.get("corpus/002_5b58ae4300234c45.docx"), works.get("corpus/002_kopi.txt"), "the copy joined");
        assertEquals("corpus/000_33237c531c9e0230.pdf", works.get("corpus/000_33237c531c9e0230.pdf"));
        assertEquals("corpus/000_33237c531c9e0230.txt", works.get("corpus/000_33237c531c9e0230.txt"), "the rewrite left");
        assertEquals("corpus/001_bc4781144e6a4c71.docx", works.get("corpus/001_bc4781144e6a4c71.docx"));
    }

    @Test
    @Order(4)
    void aSecondWorkerOnAPartitionIsRefusedUntilTheFirstIsGone() throws Exception {
        SolrDestination first = new SolrDestination(collection, new Partition(1, 2), LOCK_TTL);
        try (var held = first.openSink()) {
            SolrDestination second = new SolrDestination(collection, new Partition(1, 2), LOCK_TTL);
            PartitionLockedException refused = assertThrows(PartitionLockedException.class, second::openSink);
            assertTrue(refused.getMessage().contains("partition 1/2"), refused.getMessage());
            Thread.sleep(LOCK_TTL.toMillis() + 1_000); // the holder renews its lock: still refused after the TTL
            assertThrows(PartitionLockedException.class, second::openSink);
            try (var other = new SolrDestination(collection, new Partition(2, 2), LOCK_TTL).openSink()) {
                assertFalse(other == null, "another partition is free");
            }
        }
        try (var again = new SolrDestination(collection, new Partition(1, 2), LOCK_TTL).openSink()) {
            assertFalse(again == null, "a released lock is free at once");
        }
    }

    @Test
    @Order(5)
    void aZooKeeperAddressFindsTheLiveNodes() {
        SolrTestCluster cluster = SolrTestCluster.shared();
        try (SolrCollection viaZooKeeper = SolrCollection.connect(cluster.zkHost, COLLECTION)) {
            assertTrue(cluster.urls.contains(viaZooKeeper.baseUrl()), viaZooKeeper.baseUrl() + " is one of " + cluster.urls);
            assertTrue(viaZooKeeper.exists());
            assertEquals(new SolrReader(collection).documentCount(), new SolrReader(viaZooKeeper).documentCount());
        }
        assertThrows(IllegalArgumentException.class, () -> SolrCollection.connect("solr.example.org", COLLECTION));
    }

    /**
     * The one known difference of analysis: with {@code onlyLongestMatch}, Lucene 10's compound splitter (muni's)
     * skips a part that overlaps the longest part found before it, Lucene 9's (Solr 9's) keeps it, so in a
     * collection "tjenestested" is also found by "test" (and "este"). Solr 9's factory has no option for this;
     * this test fails when an upgrade of Solr makes the two agree.
     */
    @Test
    @Order(6)
    void solr9KeepsCompoundPartsThatOverlapALongerPart() throws Exception {
        List<String> muni = new ArrayList<>();
        try (var analyzer = new no.muni.index.MuniAnalyzer(no.muni.index.MuniAnalyzer.Side.INDEX);
             var tokens = analyzer.tokenStream(IndexFields.TEXT, "tjenestested")) {
            var term = tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                muni.add(term.toString());
            }
            tokens.end();
        }
        var analysis = new org.apache.solr.client.solrj.request.FieldAnalysisRequest().setFieldNames(List.of(IndexFields.TEXT))
                .setFieldValue("tjenestested").process(collection.client(), COLLECTION).getFieldNameAnalysis(IndexFields.TEXT);
        List<String> solr = new ArrayList<>();
        analysis.getIndexPhases().forEach(phase -> {
            solr.clear();
            phase.getTokens().forEach(t -> solr.add(t.getText()));
        });
        assertEquals(List.of("tjenestested", "tjenest", "sted"), muni); // after the minimal stemmer
        assertTrue(solr.containsAll(muni) && solr.contains("test"), "Solr 9: " + solr);
    }

    private static List<RunReport> runBothWorkers() throws Exception {
        return TwoWorkers.run(collection, processors, List.of(corpus), LOCK_TTL);
    }

    /**
     * The embedded index of the same folder, ingested afresh, against the collection: documents and works.
     * Returns the works by document id.
     */
    private static Map<String, String> assertSameAsEmbedded() {
        DocumentIndex embedded = DocumentIndex.at(tmp.resolve("embedded-" + System.nanoTime()));
        new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(corpus), embedded, IngestListener.NONE);
        Map<String, String> expectedJson = new TreeMap<>();
        Map<String, String> expectedWorks = new TreeMap<>();
        try (IndexView view = embedded.openView()) {
            view.forEachDocument(new org.apache.lucene.search.MatchAllDocsQuery(), d -> {
                String id = ExportJson.read(d.json()).id();
                expectedJson.put(id, d.json());
                expectedWorks.put(id, d.workId());
            });
        }
        Map<String, String> actualJson = new TreeMap<>();
        Map<String, String> actualWorks = new TreeMap<>();
        SolrQuery all = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        all.setFields(IndexFields.ID, IndexFields.JSON, IndexFields.WORK_ID);
        collection.forEach(all, 100, doc -> {
            actualJson.put((String) doc.getFieldValue(IndexFields.ID), (String) doc.getFieldValue(IndexFields.JSON));
            actualWorks.put((String) doc.getFieldValue(IndexFields.ID), (String) doc.getFieldValue(IndexFields.WORK_ID));
        });
        assertEquals(expectedJson.keySet(), actualJson.keySet(), "the same documents");
        assertEquals(expectedJson, actualJson, "the same export documents");
        assertEquals(expectedWorks, actualWorks, "the same works");
        return actualWorks;
    }

    private static long countFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.count();
        }
    }

    private static long runReportsIn(SolrCollection c) {
        return c.query(new SolrQuery("*:*").addFilterQuery("recordType:run").setRows(0)).getResults().getNumFound();
    }
}
