package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work counts ({@link WorkCounts} over a view's {@link WorkTable}) equal the straightforward computation: the
 * matching documents' work ids and facet labels decoded one by one, a value counting the distinct works of
 * the documents that have it. The index is real and has works whose renditions differ in their facet values
 * and in which of them a query matches (all, at most half, more than half, none), spread over segments.
 */
class WorkCountsTest {

    private static final List<String> ORGANISATIONS = List.of("Alfa lag", "Beta forening", "Gamma klubb",
            "Delta senter", "Epsilon kor");
    private static final List<String> TYPES = List.of("minutes", "reply", "policy");
    private static final int MARKERS = 6;

    @TempDir
    static Path dir;
    static DocumentIndex index;
    static int works;

    /**
     * 30 works of 1 to 7 renditions: a work's renditions share 60 words of their own (so they group as one
     * work) and each has a random few of the marker words zeta0…zeta5, organisations, a type and a year.
     * Written in three batches, so works span segments.
     */
    @BeforeAll
    static void build() {
        Random random = new Random(15);
        List<List<IndexDocument>> batches = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        works = 30;
        for (int w = 0; w < works; w++) {
            int work = w;
            String text = IntStream.range(0, 60).mapToObj(i -> "verk" + work + "ord" + i).collect(Collectors.joining(" "));
            int renditions = 1 + random.nextInt(7);
            for (int r = 0; r < renditions; r++) {
                List<String> markers = IntStream.range(0, MARKERS).filter(m -> random.nextInt(3) == 0)
                        .mapToObj(m -> "zeta" + m).toList();
                List<String> organisations = ORGANISATIONS.stream().filter(o -> random.nextInt(3) == 0).toList();
                batches.get(random.nextInt(3)).add(TestIndex.doc("w" + w + "/r" + r, TYPES.get(random.nextInt(TYPES.size())),
                        "Dokument " + w, LocalDate.of(2020 + random.nextInt(3), 1, 1),
                        text + " " + String.join(" ", markers), organisations, List.of()));
            }
        }
        for (List<IndexDocument> batch : batches) {
            index = TestIndex.write(dir, batch.toArray(IndexDocument[]::new));
        }
    }

    @Test
    void theRenditionsGroupIntoTheWorksWrittenAcrossSegments() throws IOException {
        try (IndexView view = index.openView()) {
            assertEquals(works, view.workCount());
            assertTrue(view.facetState().getReader().leaves().size() > 1, "more than one segment");
        }
    }

    @Test
    void searchTotalsAndFacetsCountTheWorksOfTheMatchingDocuments() throws IOException {
        List<String> queries = new ArrayList<>(IntStream.range(0, MARKERS).mapToObj(m -> "zeta" + m).toList());
        queries.addAll(List.of("zeta0 OR zeta1", "zeta2 AND zeta3", "zeta4 OR zeta5 OR zeta0", ""));
        try (IndexView view = index.openView()) {
            for (String q : queries) {
                SearchPage page = view.search(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 10, 0,
                        SearchRequest.MAX_FACET_VALUES));
                Query query = q.isEmpty() ? new MatchAllDocsQuery() : view.parse(q);
                Map<String, Map<String, Set<String>>> expected = worksByValue(view, query);
                assertEquals(expected.get("").get("").size(), page.total(), q);
                for (String dim : IndexFields.FACETS) {
                    assertEquals(ranked(expected.getOrDefault(dim, Map.of())), page.facets().get(dim), q + " " + dim);
                }
            }
        }
    }

    @Test
    void aFilteredDimensionCountsSideways() throws IOException {
        try (IndexView view = index.openView()) {
            for (String type : TYPES) {
                SearchPage page = view.search(new SearchRequest("zeta1 OR zeta2",
                        Map.of(IndexFields.DOC_TYPE, List.of(type)), SortOrder.RELEVANCE, 1, 10, 0, SearchRequest.MAX_FACET_VALUES));
                Query unfiltered = view.parse("zeta1 OR zeta2");
                Query filtered = new org.apache.lucene.facet.DrillDownQuery(DocumentIndex.facetsConfig(), unfiltered);
                ((org.apache.lucene.facet.DrillDownQuery) filtered).add(IndexFields.DOC_TYPE, type);
                Map<String, Map<String, Set<String>>> narrowed = worksByValue(view, filtered);
                assertEquals(narrowed.get("").get("").size(), page.total(), type);
                assertEquals(ranked(worksByValue(view, unfiltered).get(IndexFields.DOC_TYPE)),
                        page.facets().get(IndexFields.DOC_TYPE), type);
                assertEquals(ranked(narrowed.getOrDefault(IndexFields.ORGANISATION, Map.of())),
                        page.facets().get(IndexFields.ORGANISATION), type);
            }
        }
    }

    @Test
    void indexWideCountsCountWorks() throws IOException {
        try (IndexView view = index.openView()) {
            Map<String, Map<String, Set<String>>> expected = worksByValue(view, new MatchAllDocsQuery());
            Map<String, Long> organisations = new LinkedHashMap<>();
            ranked(expected.get(IndexFields.ORGANISATION)).forEach(c -> organisations.put(c.value(), c.count()));
            assertEquals(organisations, view.counts(IndexFields.ORGANISATION, 100));
            assertEquals(expected.get("").get("").size(), view.workCount());
        }
    }

    @Test
    void anIndexWithoutDocumentsHasNoWorks(@TempDir Path empty) {
        DocumentIndex none = TestIndex.write(empty);
        try (IndexView view = none.openView()) {
            assertEquals(0, view.workCount());
            assertEquals(Map.of(), view.counts(IndexFields.ORGANISATION, 10));
            SearchPage page = view.search(SearchRequest.of("zeta1", 10));
            assertEquals(0, page.total());
            assertEquals(List.of(), page.facets().get(IndexFields.DOC_TYPE));
        }
    }

    /**
     * dimension → value → the works of the matching documents that have it, decoded document by document;
     * under "" → "" every work of a matching document.
     */
    private static Map<String, Map<String, Set<String>>> worksByValue(IndexView view, Query query) throws IOException {
        Map<String, Map<String, Set<String>>> out = new TreeMap<>();
        out.put("", Map.of("", new HashSet<>()));
        var reader = view.facetState().getReader();
        for (ScoreDoc sd : new IndexSearcher(reader).search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
            String work = view.work(sd.doc).id();
            out.get("").get("").add(work);
            LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, reader.leaves()));
            SortedSetDocValues labels = DocValues.getSortedSet(leaf.reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            if (labels.advanceExact(sd.doc - leaf.docBase)) {
                for (int i = 0; i < labels.docValueCount(); i++) {
                    String[] path = FacetsConfig.stringToPath(labels.lookupOrd(labels.nextOrd()).utf8ToString());
                    out.computeIfAbsent(path[0], d -> new TreeMap<>()).computeIfAbsent(path[1], v -> new HashSet<>()).add(work);
                }
            }
        }
        return out;
    }

    /** Most works first, ties in the index's order of values (the labels' byte order; these are ASCII). */
    private static List<FacetCount> ranked(Map<String, Set<String>> worksByValue) {
        return worksByValue.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getValue().size()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }
}
