package no.muni.index;

/** A facet value and how many documents of the current result (ignoring this dimension's own filter) have it. */
public record FacetCount(String value, long count) {
}
