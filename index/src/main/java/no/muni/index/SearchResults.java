package no.muni.index;

import java.util.List;

public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
