package no.muni.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import no.muni.export.Exporter;

/**
 * What muni reads from an index, whichever holds it: the embedded Lucene index ({@link IndexView}) or a SolrCloud
 * collection ({@code SolrReader}, module muni-solr). Every command and the server read through this, so both give
 * the same answers: searches, documents and their works and threads, counts, and the few primitives the
 * cross-document lookups ({@link EntityLookup}, {@link CaseLookup}) are built from — values of a field, matching
 * documents in date order, work counts per facet value.
 */
public interface Archive extends Exporter.Source, AutoCloseable {

    /** Documents (renditions) in the index. */
    long documentCount();

    /** Works: documents, each group of renditions of the same text counted once. */
    long workCount();

    /** Work counts per value of a facet dimension (docType, format, year, organisation…), largest first. */
    Map<String, Long> counts(String dimension, int top);

    /** Label of the documents without a date in {@link #countsByYear()}. */
    String UNDATED = "undated";

    /**
     * Work counts per year, oldest first, then the works without a date under {@link #UNDATED}, so the counts add
     * up to {@link #workCount()}.
     */
    default Map<String, Long> countsByYear() {
        Map<String, Long> byYear = new TreeMap<>(counts(IndexFields.YEAR, 10_000));
        long undated = workCount() - byYear.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> out = new LinkedHashMap<>(byYear);
        if (undated > 0) {
            out.put(UNDATED, undated);
        }
        return out;
    }

    /** A search with filters, order, paging, facet counts of works and snippets. */
    SearchPage search(SearchRequest request);

    /** The stored export JSON of one document. */
    Optional<String> json(String id);

    /** The renditions of the given document's work (itself included) in id order; empty when no document has the id. */
    List<SearchHit> renditions(String id);

    /** The thread of the given e-mail, its own message included; empty when no e-mail has that id. */
    Optional<IndexView.EmailThread> thread(String id);

    /** Works whose text is most like the given document's, best first, without its own work; empty for an unknown id. */
    Optional<List<SearchHit>> moreLikeThis(String id, int limit);

    /**
     * The value of a facet dimension as indexed that equals {@code value} ignoring case and spacing
     * ("formannskapet" → "Formannskapet"), if any document has it.
     */
    Optional<String> facetValue(String dimension, String value);

    /** Every value of a keyword field (an entity's lookup keys), in any order. */
    List<String> values(String field);

    /**
     * Visits the selected documents in date order (newest or oldest first, undated last, ties by id), at most
     * {@code max}, until {@code each} answers false; returns how many documents the selection holds in all.
     */
    long forEachDated(Selection selection, boolean newestFirst, int max, Predicate<Match> each);

    /** Work counts of the selected documents: in all, and per value of each of {@code dimensions}. */
    WorkFacets facets(Selection selection, List<String> dimensions);

    /** Which documents a lookup reads. */
    sealed interface Selection {

        /** Documents with any of these values of a keyword field (a lookup key, a case number). */
        record AnyOf(String field, List<String> values) implements Selection {
        }

        /** Documents with every word of {@code text} in a text field, analysed as a search analyses it. */
        record AllWords(String field, String text) implements Selection {
        }

        /** Documents with each of these facet values (dimension → value); none: every document. */
        record FacetValues(Map<String, String> values) implements Selection {
        }
    }

    /** A selected document: its id, work, date (YYYY-MM-DD or null) and stored export JSON. */
    record Match(String id, String workId, String date, String json) {
    }

    /**
     * Counts of selected documents: documents, works, and per dimension every value with its works, most works
     * first (ties by value).
     */
    record WorkFacets(long documents, long works, Map<String, List<FacetCount>> byDimension) {

        public List<FacetCount> of(String dimension) {
            return byDimension.getOrDefault(dimension, List.of());
        }
    }

    @Override
    void close();
}
