package no.muni.index;

import java.util.List;
import java.util.Map;

/**
 * One page of results with the facet counts of the whole result. {@code partial} is true when the time
 * limit cut the search short or a wildcard or fuzzy term had more expansions than are searched, so counts
 * and hits may be incomplete.
 */
public record SearchPage(long total, int page, int pageSize, List<SearchHit> hits,
                         Map<String, List<FacetCount>> facets, boolean partial, long tookMillis) {
    public SearchPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
