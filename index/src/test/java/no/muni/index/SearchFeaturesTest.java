package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchFeaturesTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() {
        index = TestIndex.write(dir,
                TestIndex.doc("a", "minutes", "Møte om frivillighet", LocalDate.of(2019, 5, 22),
                        "Frivillighet og frivillige lag i Drammen.", List.of("Blå Kors"), List.of()),
                TestIndex.doc("b", "policy", "Plattform for frivillighet", LocalDate.of(2014, 6, 17),
                        "Kommunen støtter frivillighet med lokaler.", List.of(), List.of()),
                TestIndex.doc("c", "reply", "Svar om frivillighet", null,
                        "Svar: frivillighet i bydelene.", List.of("Blå Kors"), List.of()),
                TestIndex.doc("d", "reply", "Svar om veier", LocalDate.of(2023, 8, 21), "Veier og gater.", List.of(),
                        List.of()));
    }

    static SearchPage search(String q, Map<String, List<String>> filters, SortOrder sort, int page, int size) {
        try (IndexView view = index.openView()) {
            return view.search(new SearchRequest(q, filters, sort, page, size, 0));
        }
    }

    static List<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void filtersNarrowTheHitsAndCountsStaySideways() {
        SearchPage p = search("frivillighet", Map.of(IndexFields.DOC_TYPE, List.of("reply")), SortOrder.RELEVANCE, 1, 10);
        assertEquals(List.of("c"), ids(p));
        assertEquals(3, p.facets().get(IndexFields.DOC_TYPE).stream().mapToLong(FacetCount::count).sum(),
                "the docType counts ignore the docType filter");
        assertEquals(List.of(new FacetCount("Blå Kors", 1)), p.facets().get(IndexFields.ORGANISATION));
        assertEquals(List.of("a"), ids(search("frivillighet", Map.of(IndexFields.YEAR, List.of("2019")),
                SortOrder.RELEVANCE, 1, 10)));
        assertEquals(List.of("a", "c"), ids(search("", Map.of(IndexFields.ORGANISATION, List.of("Blå Kors")),
                SortOrder.NEWEST, 1, 10)));
    }

    @Test
    void sortsByDateWithUndatedLastAndPages() {
        assertEquals(List.of("a", "b", "c"), ids(search("frivillighet", Map.of(), SortOrder.NEWEST, 1, 10)));
        assertEquals(List.of("b", "a", "c"), ids(search("frivillighet", Map.of(), SortOrder.OLDEST, 1, 10)));
        SearchPage second = search("frivillighet", Map.of(), SortOrder.NEWEST, 2, 2);
        assertEquals(List.of("c"), ids(second));
        assertEquals(3, second.total());
        assertFalse(second.partial());
    }

    @Test
    void snippetsComeAsPartsWithMatchesMarked() {
        SearchHit hit = search("lokaler", Map.of(), SortOrder.RELEVANCE, 1, 10).hits().get(0);
        assertTrue(hit.snippetParts().contains(new SnippetPart("lokaler", true)), hit.snippetParts().toString());
    }

    @Test
    void badRequestsAreRefusedWithAReason() {
        assertThrows(QuerySyntaxException.class, () -> search("frivillighet AND (", Map.of(), SortOrder.RELEVANCE, 1, 10));
        assertThrows(QuerySyntaxException.class, () -> search("x", Map.of("colour", List.of("red")), SortOrder.RELEVANCE, 1, 10));
        assertThrows(QuerySyntaxException.class, () -> search("x", Map.of(), SortOrder.RELEVANCE, 1, 1000));
        assertThrows(QuerySyntaxException.class, () -> search("x".repeat(2000), Map.of(), SortOrder.RELEVANCE, 1, 10));
        assertThrows(QuerySyntaxException.class, () -> SortOrder.parse("size"));
    }

    @Test
    void aMisspelledWordThatFindsNothingSuggestsTheIndexsWord() {
        SearchPage none = search("frivilighet", Map.of(), SortOrder.RELEVANCE, 1, 10);
        assertEquals(0, none.total());
        assertEquals("frivillighet", none.suggestion());
        assertEquals(null, search("frivillighet", Map.of(), SortOrder.RELEVANCE, 1, 10).suggestion(), "hits: nothing to suggest");
        assertEquals(null, search("zzqxv", Map.of(), SortOrder.RELEVANCE, 1, 10).suggestion(), "no word near it");
    }

    @Test
    void filterValuesThatCanNeverMatchAreRefusedNamingWhatWould() {
        QuerySyntaxException type = assertThrows(QuerySyntaxException.class,
                () -> search("x", Map.of(IndexFields.DOC_TYPE, List.of("polcy")), SortOrder.RELEVANCE, 1, 10));
        assertTrue(type.getMessage().contains("type must be one of") && type.getMessage().contains("policy"));
        QuerySyntaxException year = assertThrows(QuerySyntaxException.class,
                () -> search("x", Map.of(IndexFields.YEAR, List.of("19")), SortOrder.RELEVANCE, 1, 10));
        assertTrue(year.getMessage().contains("four-digit year"), year.getMessage());
    }

    @Test
    void yearCountsRunOldestFirstAndCountTheUndated() {
        try (IndexView view = index.openView()) {
            assertEquals(List.of("2014", "2019", "2023", IndexView.UNDATED), List.copyOf(view.countsByYear().keySet()));
            assertEquals(1L, view.countsByYear().get(IndexView.UNDATED));
        }
    }

    @Test
    void moreLikeThisFindsTheOtherDocumentsOnTheTopic() {
        try (IndexView view = index.openView()) {
            List<String> like = view.moreLikeThis("a", 3).orElseThrow().stream().map(SearchHit::id).toList();
            assertFalse(like.contains("a"));
            assertTrue(List.of("b", "c").contains(like.get(0)), "a document about frivillighet first: " + like);
            assertTrue(view.moreLikeThis("unknown", 3).isEmpty(), "an unknown id is not a document without neighbours");
        }
    }

    @Test
    void latencyIsMeasuredInProcess() {
        try (IndexView view = index.openView()) {
            SearchLatency.Result r = SearchLatency.measure(view, List.of("frivillighet", "svar veier", "lokaler OR gater"), 5);
            assertEquals(15, r.samples());
            assertTrue(r.p50Millis() > 0 && r.p50Millis() <= r.p99Millis() && r.p99Millis() <= r.maxMillis(), r.toString());
            assertEquals(Set.of("frivillighet", "svar veier", "lokaler OR gater"),
                    r.byQuery().stream().map(SearchLatency.QueryCost::query).collect(java.util.stream.Collectors.toSet()));
            assertTrue(r.byQuery().stream().allMatch(q -> q.p50Millis() > 0 && q.p50Millis() <= r.maxMillis()), r.toString());
        }
    }
}
