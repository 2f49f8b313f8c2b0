package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.ExportHeader;
import no.muni.export.Exporter;
import no.muni.index.DocumentIndex;
import no.muni.index.EntityLookup;
import no.muni.index.ExportJson;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.SearchHit;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SortOrder;
import no.muni.ingest.FileFailure;
import no.muni.ingest.IngestListener;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.RunReport;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.worker.IsolatedParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Pipelines;

/**
 * Two partitioned workers ingest the sample corpus and {@code ../shared/testdocs} (broken, encrypted, bomb-like,
 * mislabelled and oddly encoded files, e-mails and archives) into a 2-shard collection; one embedded index
 * ingests the same folders. Every file must be indexed or reported with a reason; the collection must hold the
 * same documents, works, e-mail threads and failures as the embedded index, and answer a fixed list of queries
 * with the same works; a re-run must report the failed files again from the collection alone. Files are parsed
 * in child JVMs (as {@code muni ingest} does) with OCR off, so the result does not depend on Tesseract.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrTestDocumentsTest {

    private static final String COLLECTION = "testdocs_it";
    /**
     * Generous: a file that hits the limit in one run but not the other (the machine's load decides) is left out
     * of the comparisons, as are the totals and facet counts then.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final String TIME_LIMIT = "longer than the limit";
    private static final String MEMORY = " (unchanged since it last failed)";
    /** More names and values than the corpus and the test documents hold: lists that are not cut. */
    private static final int ALL = 100_000;
    /**
     * {@code -Dmuni.solr.allProfiles=true} compares the profile of every organisation and person (minutes: most of
     * this test's time in CI); by default a fixed sample of them ({@link #profilesCompared}).
     */
    private static final boolean ALL_PROFILES = Boolean.getBoolean("muni.solr.allProfiles");
    /** The names with the most documents, whose profiles gather the most, are always compared. */
    private static final int MOST_DOCUMENTS = 15;
    /** About this many more, at a fixed stride over the names in alphabetical order. */
    private static final int SPREAD = 30;

    @TempDir
    static Path tmp;
    static Path testdocs;
    static List<Path> roots;
    static DocumentProcessor.Factory processors;
    static SolrCollection collection;
    static List<RunReport> firstRun;
    static RunReport embeddedRun;
    static IndexView embedded;

    @BeforeAll
    static void ingestBoth() throws Exception {
        testdocs = Path.of(System.getProperty("muni.shared", "../../shared")).resolve("testdocs");
        if (!Files.isDirectory(testdocs)) {
            return; // each test is skipped with the reason (see #needsTestdocs)
        }
        roots = List.of(Path.of(System.getProperty("muni.root", "..")).resolve("corpus"), testdocs);
        processors = Pipelines.isolated(ParseLimits.defaults().withTimeout(TIMEOUT),
                OcrOptions.defaults().withMode(OcrOptions.Mode.OFF), new IsolatedParser.Settings("512m", 1_000));
        collection = SolrCollection.connect(SolrTestCluster.shared().solr(), COLLECTION);
        collection.create(2, 1);
        firstRun = runBothWorkers();
        DocumentIndex index = DocumentIndex.at(tmp.resolve("embedded"));
        embeddedRun = new IngestRun(processors, new IngestOptions(2, 1_000, false)).run(roots, index, IngestListener.NONE);
        embedded = index.openView();
    }

    @BeforeEach
    void needsTestdocs() {
        Assumptions.assumeTrue(Files.isDirectory(testdocs),
                "skipped: " + testdocs + " is absent (../shared is only on CI and dev machines)");
    }

    @AfterAll
    static void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (collection != null) {
            collection.close();
        }
    }

    @Test
    @Order(1)
    void everyFileIsIndexedOrReportedWithTheSameReasonAsInTheEmbeddedIndex() throws IOException {
        Map<String, String> failed = failures(firstRun);
        Set<String> indexed = new TreeSet<>();
        SolrQuery topLevel = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS, "-parent:[* TO *]");
        topLevel.setFields(IndexFields.ID);
        collection.forEach(topLevel, 500, doc -> indexed.add((String) doc.getFieldValue(IndexFields.ID)));
        List<Path> files = files();
        assertEquals(files.size(), firstRun.stream().mapToLong(r -> r.counts().seen()).sum(), "files seen");
        for (Path f : files) {
            String id = idOf(f);
            assertTrue(indexed.contains(id) ^ failed.containsKey(f.toString()),
                    id + " is either in the collection or failed with a reason");
        }
        failed.values().forEach(reason -> assertFalse(reason.isBlank(), "a reason for every failure"));
        assertTrue(firstRun.stream().allMatch(r -> r.counts().failed() > 0 && r.counts().newFiles() > 0),
                "both partitions take good and broken files");
        Map<String, String> expected = failures(List.of(embeddedRun));
        Set<String> timedOut = timedOut();
        assertEquals(without(expected, timedOut), without(failed, timedOut), "the same files fail, for the same reasons");
        Set<String> remembered = rememberedFailures();
        assertFalse(remembered.isEmpty(), "failed files are remembered in the collection");
        Set<String> failedIds = failed.keySet().stream().map(SolrTestDocumentsTest::idOf).collect(Collectors.toSet());
        assertTrue(failedIds.containsAll(remembered), "only failed files are remembered: " + remembered);
    }

    @Test
    @Order(2)
    void theCollectionHoldsTheSameDocumentsWorksAndThreads() {
        Set<String> timedOut = timedOut().stream().map(SolrTestDocumentsTest::idOf).collect(Collectors.toSet());
        Map<String, String> expected = new TreeMap<>();
        embedded.forEachDocument(new org.apache.lucene.search.MatchAllDocsQuery(), d -> expected.put(ExportJson.read(d.json()).id(),
                d.json()));
        Map<String, String> actual = new TreeMap<>();
        SolrQuery all = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        all.setFields(IndexFields.ID, IndexFields.JSON);
        collection.forEach(all, 200, doc -> actual.put((String) doc.getFieldValue(IndexFields.ID),
                (String) doc.getFieldValue(IndexFields.JSON)));
        assertEquals(withoutFiles(expected, timedOut), withoutFiles(actual, timedOut), "the same documents");
        assertTrue(actual.keySet().stream().anyMatch(id -> id.startsWith("testdocs/") && id.contains("!")),
                "attachments and archive members are documents of their own");
        ByteArrayOutputStream fromIndex = new ByteArrayOutputStream();
        ByteArrayOutputStream fromSolr = new ByteArrayOutputStream();
        ExportHeader header = new ExportHeader(null, "test", "test");
        new Exporter(header).export(embedded, ExportFilter.ALL, ExportFormat.NDJSON, fromIndex);
        new Exporter(header).export(new SolrReader(collection), ExportFilter.ALL, ExportFormat.NDJSON, fromSolr);
        List<String> expectedLines = exported(fromIndex, timedOut);
        List<String> actualLines = exported(fromSolr, timedOut);
        assertEquals(expectedLines.size(), actualLines.size(), "documents exported");
        for (int i = 0; i < expectedLines.size(); i++) {
            assertEquals(expectedLines.get(i), actualLines.get(i), "the export, works and e-mail threads included");
        }
        assertTrue(expectedLines.stream().anyMatch(l -> l.contains("\"threadId\"")), "the test documents hold e-mails");
    }

    @Test
    @Order(3)
    void aFixedListOfQueriesFindsTheSameWorks() {
        Set<String> timedOut = timedOut().stream().map(SolrTestDocumentsTest::idOf).collect(Collectors.toSet());
        SolrReader solr = new SolrReader(collection);
        // not "test": Solr 9 also finds it inside "tjenestested" (see SolrIngestTest#solr9KeepsCompoundPartsThatOverlapALongerPart)
        for (String query : List.of("the", "testing", "document", "pdf", "page", "hello", "kommune", "æøå", "blåbærsyltetøy",
                "vedtak", "\"Apache Tika\"", "title:test", "tika*", "mail OR message", "text NOT pdf", "")) {
            SearchRequest first = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, SearchRequest.MAX_PAGE_SIZE, 0,
                    SearchRequest.MAX_FACET_VALUES);
            SearchPage expected = embedded.search(first);
            SearchPage found = solr.search(first);
            Set<String> expectedWorks = new TreeSet<>();
            Set<String> foundWorks = new TreeSet<>();
            // every page: Solr ranks with each shard's own term statistics, so a work may move across a page's end
            for (int page = 1; (page - 1) * SearchRequest.MAX_PAGE_SIZE < Math.max(expected.total(), found.total()); page++) {
                SearchRequest request = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, page,
                        SearchRequest.MAX_PAGE_SIZE, 0);
                expectedWorks.addAll(works(embedded.search(request)));
                foundWorks.addAll(works(solr.search(request)));
            }
            expectedWorks.removeIf(id -> timedOut.contains(fileOf(id)));
            foundWorks.removeIf(id -> timedOut.contains(fileOf(id)));
            Set<String> onlyEmbedded = new TreeSet<>(expectedWorks);
            onlyEmbedded.removeAll(foundWorks);
            Set<String> onlySolr = new TreeSet<>(foundWorks);
            onlySolr.removeAll(expectedWorks);
            assertEquals(Set.of(), onlyEmbedded, "works only the embedded index finds for " + query);
            assertEquals(Set.of(), onlySolr, "works only the collection finds for " + query);
            if (timedOut.isEmpty()) {
                assertEquals(expected.total(), found.total(), "works found by " + query);
                assertEquals(Set.copyOf(expected.facets().get(IndexFields.FORMAT)),
                        Set.copyOf(found.facets().get(IndexFields.FORMAT)), "format counts of " + query);
            }
        }
    }

    @Test
    @Order(4)
    void lookupsAndDocumentPagesAreTheSame() {
        Set<String> timedOut = timedOut();
        Assumptions.assumeTrue(timedOut.isEmpty(), "skipped: under this load " + timedOut + " hit the time limit of "
                + TIMEOUT.toSeconds() + " s in one run only, so the lookups differ by them");
        SolrReader solr = new SolrReader(collection);
        EntityLookup fromIndex = new EntityLookup(embedded);
        EntityLookup fromSolr = new EntityLookup(solr);
        // every name in the lists (a top-N list cut among equal counts may cut elsewhere; see docs/scale-out.md)
        List<EntityLookup.NameCount> organisations = fromIndex.organisations(ALL);
        List<EntityLookup.NameCount> persons = fromIndex.persons(ALL);
        assertSameEntries(organisations, fromSolr.organisations(ALL), "organisations");
        assertSameEntries(persons, fromSolr.persons(ALL), "persons");
        profilesCompared(organisations).forEach(name -> SolrLookupTest.assertSame(fromIndex.organisation(name),
                fromSolr.organisation(name), name));
        profilesCompared(persons).forEach(name -> SolrLookupTest.assertSame(fromIndex.person(name),
                fromSolr.person(name), name));
        for (String dim : IndexFields.FACETS) {
            assertSameEntries(List.copyOf(embedded.counts(dim, ALL).entrySet()), List.copyOf(solr.counts(dim, ALL).entrySet()),
                    dim);
        }
        // the pages of works with several renditions and of e-mails (every document's JSON: see the test above);
        // renditions as ids and works, since Solr scores them with each shard's own statistics
        embedded.forEachDocument(new org.apache.lucene.search.MatchAllDocsQuery(), d -> {
            if (d.renditions() > 1 || d.threadId() != null) {
                String id = ExportJson.read(d.json()).id();
                assertEquals(renditions(embedded.renditions(id)), renditions(solr.renditions(id)), "renditions of " + id);
                SolrLookupTest.assertSame(embedded.thread(id), solr.thread(id), "the e-mail thread of " + id);
            }
        });
    }

    @Test
    @Order(5)
    void aReRunReportsTheFailedFilesAgainFromTheCollectionAlone() throws Exception {
        Set<String> remembered = rememberedFailures();
        Map<String, String> before = failures(firstRun);
        List<RunReport> rerun = runBothWorkers();
        Set<String> reportedFromMemory = new TreeSet<>();
        for (int i = 0; i < 2; i++) {
            RunReport.Counts c = rerun.get(i).counts();
            assertEquals(0, c.newFiles() + c.changed() + c.deleted(), "re-run: " + c);
            assertEquals(firstRun.get(i).counts().failed(), c.failed(), "the same files fail again in partition " + (i + 1));
            for (FileFailure f : rerun.get(i).failures()) {
                String path = Path.of(f.path()).toAbsolutePath().normalize().toString();
                if (f.reason().equals(before.get(path) + MEMORY)) {
                    reportedFromMemory.add(idOf(path));
                } else {
                    // a failure that depends on the machine (here: OCR is off) is tried again each run
                    assertEquals(before.get(path), f.reason(), "tried again: " + path);
                }
            }
        }
        assertEquals(remembered, reportedFromMemory, "the remembered files are reported again without a parse");
    }

    /**
     * The names whose profiles are compared: all with {@link #ALL_PROFILES}, else the {@link #MOST_DOCUMENTS} first
     * of the list (most documents first) and every k-th name in alphabetical order, so that the sample is the same
     * in every run and reaches across the list (names of one document, names with odd letters).
     */
    private static List<String> profilesCompared(List<EntityLookup.NameCount> names) {
        if (ALL_PROFILES) {
            return names.stream().map(EntityLookup.NameCount::name).toList();
        }
        Set<String> chosen = new java.util.LinkedHashSet<>();
        names.stream().limit(MOST_DOCUMENTS).forEach(n -> chosen.add(n.name()));
        List<String> alphabetical = names.stream().map(EntityLookup.NameCount::name).sorted().toList();
        int stride = Math.max(1, alphabetical.size() / SPREAD);
        for (int i = 0; i < alphabetical.size(); i += stride) {
            chosen.add(alphabetical.get(i));
        }
        return List.copyOf(chosen);
    }

    private static List<String> renditions(List<SearchHit> hits) {
        return hits.stream().map(h -> h.id() + " of " + h.workId() + " (" + h.renditions() + ")").toList();
    }

    /** Two lists alike, or the first place where they differ. */
    private static <T> void assertSameEntries(List<T> expected, List<T> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", entry " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": how many");
    }

    /** The files whose failure the collection remembers. */
    private static Set<String> rememberedFailures() {
        Set<String> ids = new TreeSet<>();
        SolrQuery q = new SolrQuery("*:*").addFilterQuery("recordType:" + SolrFailures.RECORD_TYPE);
        q.setFields(IndexFields.GROUP, IndexFields.ID);
        collection.forEach(q, 500, doc -> ids.add((String) doc.getFieldValue(IndexFields.GROUP)));
        return ids;
    }

    private static List<RunReport> runBothWorkers() throws Exception {
        return TwoWorkers.run(collection, processors, roots, Duration.ofMinutes(1));
    }

    /** Failed files by path, with their reasons. */
    private static Map<String, String> failures(List<RunReport> reports) {
        Map<String, String> failed = new TreeMap<>();
        reports.forEach(r -> r.failures().forEach(f -> failed.put(Path.of(f.path()).toAbsolutePath().normalize().toString(),
                f.reason())));
        return failed;
    }

    /** Files that hit the time limit in any run: under a heavy load they may, and then only in one run. */
    private static Set<String> timedOut() {
        List<RunReport> all = new ArrayList<>(firstRun);
        all.add(embeddedRun);
        return failures(all).entrySet().stream().filter(e -> e.getValue().contains(TIME_LIMIT)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** The export's lines, without those of the given files. */
    private static List<String> exported(ByteArrayOutputStream ndjson, Set<String> fileIds) {
        return ndjson.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !fileIds.contains(fileOf(ExportJson.read(line).id()))).toList();
    }

    /** The source file of a document: itself, or the file it is an attachment or member of. */
    private static String fileOf(String id) {
        return id.contains("!") ? id.substring(0, id.indexOf('!')) : id;
    }

    private static Map<String, String> without(Map<String, String> map, Set<String> keys) {
        Map<String, String> out = new TreeMap<>(map);
        out.keySet().removeAll(keys);
        return out;
    }

    /** Without the documents of the given files (their attachments and members included). */
    private static Map<String, String> withoutFiles(Map<String, String> docs, Set<String> fileIds) {
        Map<String, String> out = new TreeMap<>(docs);
        out.keySet().removeIf(id -> fileIds.contains(fileOf(id)));
        return out;
    }

    /** The id of a file of one of the roots: the root's name and the path below it. */
    private static String idOf(String path) {
        return idOf(Path.of(path));
    }

    private static String idOf(Path file) {
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            Path f = file.toAbsolutePath().normalize();
            if (f.startsWith(r)) {
                return r.getFileName() + "/" + r.relativize(f).toString().replace('\\', '/');
            }
        }
        throw new IllegalArgumentException(file + " is in none of " + roots);
    }

    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .map(p -> p.toAbsolutePath().normalize()).forEach(files::add);
            }
        }
        return files;
    }

    private static Set<String> works(SearchPage page) {
        return page.hits().stream().map(SearchHit::workId).collect(Collectors.toCollection(TreeSet::new));
    }
}
