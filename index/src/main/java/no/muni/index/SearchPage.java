package no.muni.index;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result. {@code partial} is true when the time
 * limit cut the search short or a wildcard or fuzzy term had more expansions than are searched, so counts
 * and hits may be incomplete. {@code suggestion} is a query the index would answer ("did you mean") when
 * this one found nothing and its words are close to words of the index, else null.
 */
public record SearchPage(long total, int page, int pageSize, List<SearchHit> hits,
                         Map<String, List<FacetCount>> facets, boolean partial, long tookMillis, String suggestion) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public SearchPage withSuggestion(String suggested) {
        return new SearchPage(total, page, pageSize, hits, facets, partial, tookMillis, suggested);
    }
}
