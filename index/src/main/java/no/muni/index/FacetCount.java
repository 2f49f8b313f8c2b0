package no.muni.index;

import java.util.Comparator;

/** A facet value and how many documents of the current result (ignoring this dimension's own filter) have it. */
public record FacetCount(String value, long count) {

    /** Largest count first, ties by value, so both index kinds list the same values in the same order. */
    public static final Comparator<FacetCount> MOST_FIRST = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);
}
