package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of hits lists the best rendition of each work, the works in the order asked for, exactly as ranking every
 * matching document and keeping each work's first would ({@link TopWorks}). The index is real: works of 1 to 7
 * renditions and two of 150, whose renditions fill any short list of the best documents, spread over segments;
 * renditions repeat the marker words a different number of times (so their scores differ) and some are undated.
 */
class TopWorksTest {

    private static final int MARKERS = 5;

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() {
        Random random = new Random(16);
        List<List<IndexDocument>> batches = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int w = 0; w < 40; w++) {
            int work = w;
            String text = IntStream.range(0, 60).mapToObj(i -> "verk" + work + "ord" + i).collect(Collectors.joining(" "));
            int renditions = w < 2 ? 150 : 1 + random.nextInt(7);
            for (int r = 0; r < renditions; r++) {
                StringBuilder markers = new StringBuilder();
                for (int m = 0; m < MARKERS; m++) {
                    if (random.nextInt(3) == 0) {
                        markers.append((" zeta" + m).repeat(1 + random.nextInt(4)));
                    }
                }
                LocalDate date = random.nextInt(5) == 0 ? null : LocalDate.of(2020 + random.nextInt(3), 1 + random.nextInt(2), 1);
                batches.get(random.nextInt(3)).add(TestIndex.doc("w" + w + "/r" + r, "reply", "Dokument " + w, date,
                        text + markers, List.of(), List.of()));
            }
        }
        for (List<IndexDocument> batch : batches) {
            index = TestIndex.write(dir, batch.toArray(IndexDocument[]::new));
        }
    }

    @Test
    void everyPageHoldsTheBestRenditionOfEachWorkInOrder() throws IOException {
        List<String> queries = List.of("zeta0", "zeta1 OR zeta2", "zeta3 AND zeta4", "zeta0 OR verk5ord1", "verk0ord3", "");
        try (IndexView view = index.openView()) {
            assertTrue(view.facetState().getReader().leaves().size() > 1, "more than one segment");
            for (SortOrder order : SortOrder.values()) {
                for (String q : queries) {
                    List<String> expected = bestRenditions(view, q, order);
                    for (int size : new int[] {1, 3, 10}) {
                        for (int page = 1; page <= 4; page++) {
                            List<String> shown = view.search(new SearchRequest(q, Map.of(), order, page, size, 0)).hits()
                                    .stream().map(SearchHit::id).toList();
                            List<String> wanted = expected.subList(Math.min(expected.size(), (page - 1) * size),
                                    Math.min(expected.size(), page * size));
                            assertEquals(wanted, shown, q + ", " + order + ", page " + page + " of " + size);
                        }
                    }
                }
            }
        }
    }

    @Test
    void similarDocumentsAreOtherWorks() {
        try (IndexView view = index.openView()) {
            List<SearchHit> similar = view.moreLikeThis("w0/r0", 5).orElseThrow();
            assertFalse(similar.isEmpty());
            Set<String> works = new HashSet<>();
            similar.forEach(h -> assertTrue(works.add(h.workId()), "one rendition per work: " + h.workId()));
            assertFalse(works.contains(view.renditions("w0/r0").get(0).workId()), "not the document's own work");
        }
    }

    /** Every matching document ranked as the order asks (ties by doc id), then each work's first: their ids. */
    private static List<String> bestRenditions(IndexView view, String q, SortOrder order) throws IOException {
        Query query = q.isEmpty() ? new MatchAllDocsQuery() : new DrillDownQuery(DocumentIndex.facetsConfig(), view.parse(q));
        IndexSearcher searcher = new IndexSearcher(view.facetState().getReader());
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        ScoreDoc[] ranked;
        if (order == SortOrder.RELEVANCE) {
            ranked = searcher.search(query, all).scoreDocs;
        } else {
            boolean newest = order == SortOrder.NEWEST;
            SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, newest);
            date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
            ranked = searcher.search(query, all, new Sort(date, SortField.FIELD_SCORE), true).scoreDocs;
        }
        Set<String> seen = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : ranked) {
            if (seen.add(view.work(sd.doc).id())) {
                ids.add(searcher.storedFields().document(sd.doc).get(IndexFields.ID));
            }
        }
        return ids;
    }
}
