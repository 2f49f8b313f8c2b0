package no.muni.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search: Lucene query syntax (empty = every document), facet filters (dimension → values, values of
 * one dimension ORed, dimensions ANDed; case numbers in any written form), order, 1-based page, and a time
 * limit. The limits keep one
 * request from occupying the server: deep pages, huge pages, long queries and slow queries are refused
 * or cut short.
 */
public record SearchRequest(String query, Map<String, List<String>> filters, SortOrder sort, int page, int pageSize,
                            long timeoutMillis, int facetValues) {

    public static final int MAX_QUERY_LENGTH = 1_000;
    /** Values listed per facet unless more are asked for ("more" in the UI), and the most that are. */
    public static final int DEFAULT_FACET_VALUES = 20;
    public static final int MAX_FACET_VALUES = 500;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_HITS_DEEP = 10_000;
    public static final long DEFAULT_TIMEOUT_MILLIS = 2_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new QuerySyntaxException("the query is longer than " + MAX_QUERY_LENGTH + " characters",
                    "Søket er lengre enn " + MAX_QUERY_LENGTH + " tegn");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((dim, values) -> {
            if (!IndexFields.FILTERS.contains(dim)) {
                throw new QuerySyntaxException("cannot filter on \"" + dim + "\"; filters are " + IndexFields.FILTERS);
            }
            List<String> nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                    .map(v -> dim.equals(IndexFields.CASE) ? CaseLookup.normalise(v) : v).toList();
            nonBlank.forEach(v -> FilterValues.check(dim, v));
            if (!nonBlank.isEmpty()) {
                copy.put(dim, nonBlank);
            }
        });
        filters = Map.copyOf(copy);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new QuerySyntaxException("page must be 1 or more and the page size between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * pageSize > MAX_HITS_DEEP) {
            throw new QuerySyntaxException("results beyond the first " + MAX_HITS_DEEP + " are not served; narrow the query");
        }
        if (timeoutMillis <= 0) {
            timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        }
        if (facetValues == 0) {
            facetValues = DEFAULT_FACET_VALUES;
        }
        if (facetValues < 1 || facetValues > MAX_FACET_VALUES) {
            throw new QuerySyntaxException("facet values per dimension must be between 1 and " + MAX_FACET_VALUES);
        }
    }

    /** A request listing the default number of values per facet. */
    public SearchRequest(String query, Map<String, List<String>> filters, SortOrder sort, int page, int pageSize,
                         long timeoutMillis) {
        this(query, filters, sort, page, pageSize, timeoutMillis, DEFAULT_FACET_VALUES);
    }

    public static SearchRequest of(String query, int pageSize) {
        return new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, pageSize, DEFAULT_TIMEOUT_MILLIS);
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, sort, newPage, pageSize, timeoutMillis, facetValues);
    }
}
