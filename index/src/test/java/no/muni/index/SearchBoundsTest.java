package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search stays within its bounds however its wildcard and fuzzy terms expand: expansions are capped
 * and the time limit covers the expansion, and either cut says {@code partial}.
 */
class SearchBoundsTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;

    /** 4,000 distinct words sharing a stem, as a large index's term dictionary holds thousands of forms. */
    @BeforeAll
    static void build() {
        String words = IntStream.range(0, 4_000).mapToObj(i -> "kommun" + Integer.toString(i, 26))
                .collect(Collectors.joining(" "));
        index = TestIndex.write(dir,
                TestIndex.doc("many", "report", "Mange ord", LocalDate.of(2020, 1, 1), words, List.of(), List.of()),
                TestIndex.doc("one", "report", "Ett ord", LocalDate.of(2021, 1, 1), "kommunal plan", List.of(), List.of()));
    }

    static SearchPage search(String q, long timeoutMillis) {
        try (IndexView view = index.openView()) {
            return view.search(new SearchRequest(q, Map.of(), SortOrder.RELEVANCE, 1, 10, timeoutMillis));
        }
    }

    @Test
    void aWildcardWithMoreExpansionsThanTheCapIsPartial() {
        SearchPage cut = search("komm?n*", SearchRequest.DEFAULT_TIMEOUT_MILLIS);
        assertTrue(cut.partial(), "4,000 expansions, at most " + CappedExpansion.MAX_TERMS + " searched");
        assertFalse(cut.hits().isEmpty());
        SearchPage whole = search("plan*", SearchRequest.DEFAULT_TIMEOUT_MILLIS);
        assertFalse(whole.partial(), "one expansion is not cut");
        assertEquals(1, whole.total());
    }

    @Test
    void aTrailingWildcardOfUpToTenLettersIsNotExpanded() {
        SearchPage prefix = search("kommun*", SearchRequest.DEFAULT_TIMEOUT_MILLIS);
        assertFalse(prefix.partial(), "one term of the body's prefix field, however many words begin so");
        assertEquals(2, prefix.total());
    }

    @Test
    void aFuzzyTermWithMoreExpansionsThanTheCapIsPartial() {
        assertTrue(search("kommun10~2", SearchRequest.DEFAULT_TIMEOUT_MILLIS).partial());
        assertFalse(search("kommunall~1", SearchRequest.DEFAULT_TIMEOUT_MILLIS).partial());
    }

    @Test
    void theTimeLimitCoversExpandingSeventyFuzzyTerms() {
        String seventy = IntStream.range(0, 70).mapToObj(i -> "kommun" + Integer.toString(i * 50, 26) + "~2")
                .collect(Collectors.joining(" "));
        SearchPage page = search(seventy, 1);
        assertTrue(page.partial(), "a 1 ms limit cannot cover 70 fuzzy expansions over 4,000 terms in 5 fields");
    }
}
