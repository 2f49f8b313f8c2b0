package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.Exporter;
import no.muni.export.ExportHeader;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.SearchHit;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SortOrder;

/**
 * The sample corpus in the embedded index and in a 2-shard collection: a fixed list of queries (words, compounds,
 * folded and quoted forms, fields, wildcards, boolean operators) and filters must find the same works with the
 * same totals and facet counts, and the export must hold the same documents.
 */
class SolrReadTest {

    /** The sample corpus in both, ingested once for all the test classes of this JVM. */
    final IndexView embedded = SampleInBoth.shared().embedded;
    final SolrReader solr = SampleInBoth.shared().solr;

    @ParameterizedTest
    @ValueSource(strings = {"koordinator", "avtale", "samarbeidsavtale", "plattform", "frivilligsentral", "Røde Kors",
            "Rode Kors", "\"Røde Kors\"", "\"avtale\"", "skolelokaler", "helsestasjon", "kultur", "tjeneste", "møteplass",
            "ungdom", "barnehage", "vedtak", "folkehelse", "title:plattform", "frivillig*", "koordinator OR barnehage",
            "kultur NOT ungdom", "(helse OR kultur) AND tiltak", "measures:lokaler", "\"aktuelle tiltak\"", "kommun?",
            "\"tiltak frivillig\"~3", "\"tiltak frivillig\"", "ordning", ""})
    void aQueryFindsTheSameWorksAsInTheEmbeddedIndex(String query) {
        SearchRequest request = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 100, 0);
        SearchPage expected = embedded.search(request);
        SearchPage actual = solr.search(request);
        assertEquals(expected.total(), actual.total(), "works found by " + query);
        assertEquals(works(expected), works(actual), "works hit by " + query);
        assertEquals(expected.facets().get(IndexFields.DOC_TYPE).stream().collect(Collectors.toSet()),
                Set.copyOf(actual.facets().get(IndexFields.DOC_TYPE)), "docType counts of " + query);
        if (query.matches("[a-zæøå]+\\*?|\"[a-zæøå ]+\"(~\\d)?") && !actual.hits().isEmpty()) {
            assertTrue(actual.hits().stream().anyMatch(h -> h.snippetParts().stream().anyMatch(p -> p.match())),
                    "the unified highlighter marks matches of " + query);
            // (words, prefixes and phrases: Solr's highlighter marks matches in the stored body's own, stemmed field,
            // not those found only through the unstemmed copies — "kommun?" matches "kommune" there, stemmed to
            // "kommun" in the body field — which muni's embedded highlighter marks as masked fields)
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"frivilligsentrall", "barnehaage kultur", "koordinatorr", "Frivilligsentral", "kultur OR xyzzyq"})
    void aQueryWithoutHitsGetsTheSameSuggestion(String query) {
        SearchRequest request = new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, 1, 10, 0);
        SearchPage expected = embedded.search(request);
        assertEquals(expected.suggestion(), solr.search(request).suggestion(), query);
        if (query.endsWith("ll")) {
            assertEquals("frivilligsentral", expected.suggestion(), "the embedded index corrects " + query);
        }
    }

    @Test
    void filtersAndDateOrderGiveTheSameWorks() {
        List<Map<String, List<String>>> filterSets = new java.util.ArrayList<>(List.of(Map.of(),
                Map.of(IndexFields.DOC_TYPE, List.of("policy")), Map.of(IndexFields.YEAR, List.of("2023", "2024")),
                Map.of(IndexFields.FORMAT, List.of("text/plain"))));
        // a body in any case, as the embedded index takes it
        embedded.counts(IndexFields.BODY, 5).keySet().forEach(body ->
                filterSets.add(Map.of(IndexFields.BODY, List.of(body.toLowerCase(java.util.Locale.ROOT)))));
        for (Map<String, List<String>> filters : filterSets) {
            for (SortOrder order : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
                SearchRequest request = new SearchRequest("", filters, order, 1, 100, 0);
                SearchPage expected = embedded.search(request);
                SearchPage actual = solr.search(request);
                assertEquals(expected.total(), actual.total(), "total of " + filters);
                assertEquals(expected.hits().stream().map(SearchHit::date).toList(),
                        actual.hits().stream().map(SearchHit::date).toList(), "dates, " + order + " (undated last), of "
                                + filters);
                assertEquals(works(expected), works(actual), "works hit by " + filters);
            }
        }
    }

    @Test
    void theExportHoldsTheSameDocuments() {
        ExportHeader header = new ExportHeader(null, "test", "test");
        ByteArrayOutputStream fromIndex = new ByteArrayOutputStream();
        ByteArrayOutputStream fromSolr = new ByteArrayOutputStream();
        long works = new Exporter(header).export(embedded, ExportFilter.ALL, ExportFormat.JSON, fromIndex);
        assertEquals(works, new Exporter(header).export(solr, ExportFilter.ALL, ExportFormat.JSON, fromSolr));
        assertFalse(fromIndex.toString(StandardCharsets.UTF_8).isEmpty());
        assertEquals(fromIndex.toString(StandardCharsets.UTF_8), fromSolr.toString(StandardCharsets.UTF_8));
        assertEquals(embedded.documentCount(), solr.documentCount());
    }

    /**
     * The works a page lists. Which rendition stands for a work may differ: Solr scores with each shard's own
     * term statistics, so two renditions of nearly the same text can swap places.
     */
    static Set<String> works(SearchPage page) {
        return page.hits().stream().map(SearchHit::workId).collect(Collectors.toCollection(TreeSet::new));
    }
}
