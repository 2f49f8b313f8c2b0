package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.muni.export.ExportHeader;
import no.muni.serve.MuniServer;

/**
 * {@code muni serve --solr}: the HTTP API served from the collection answers as the one served from the embedded
 * index with the same corpus — searches (totals, works, facet counts), document pages, lookups, cases and stats.
 */
class SolrServeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    static MuniServer fromIndex;
    static MuniServer fromSolr;

    @BeforeAll
    static void serveBoth() {
        SampleInBoth sample = SampleInBoth.shared();
        fromIndex = MuniServer.start(sample.index, ExportHeader.NONE, "127.0.0.1", 0);
        // a reader of its own: the server closes what it serves
        SolrReader reader = new SolrReader(SolrCollection.connect(SolrTestCluster.shared().solr(), SampleInBoth.COLLECTION));
        fromSolr = MuniServer.start(reader, ExportHeader.NONE, Map.of(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (fromIndex != null) {
            fromIndex.close();
        }
        if (fromSolr != null) {
            fromSolr.close();
        }
    }

    @Test
    void aSearchFindsTheSameWorksWithTheSameCounts() throws Exception {
        for (String query : List.of("frivilligsentral", "kultur", "\"Røde Kors\"", "")) {
            String path = "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=100";
            JsonNode expected = get(fromIndex, path);
            JsonNode actual = get(fromSolr, path);
            assertEquals(expected.get("total"), actual.get("total"), query);
            assertEquals(works(expected), works(actual), query);
            assertEquals(expected.get("facets"), actual.get("facets"), query);
        }
        JsonNode filtered = get(fromSolr, "/api/search?q=kultur&type=policy");
        assertEquals(get(fromIndex, "/api/search?q=kultur&type=policy").get("total"), filtered.get("total"));
        assertEquals(400, HTTP.send(request(fromSolr, "/api/search?q=%22unclosed"), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "a query mistake is explained as from the embedded index");
    }

    @Test
    void aDocumentPageIsTheSame() throws Exception {
        JsonNode hits = get(fromIndex, "/api/search?q=&size=100").get("hits");
        assertFalse(hits.isEmpty());
        for (JsonNode hit : hits) {
            String path = "/api/documents/" + hit.get("id").asText();
            assertEquals(get(fromIndex, path), get(fromSolr, path), path);
        }
        HttpResponse<String> missing = HTTP.send(request(fromSolr, "/api/documents/no/such/document"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no document with id"), missing.body());
    }

    @Test
    void lookupsCasesAndStatsAreTheSame() throws Exception {
        JsonNode organisations = get(fromIndex, "/api/organisations");
        assertFalse(organisations.isEmpty());
        List<String> paths = new ArrayList<>(List.of("/api/organisations", "/api/persons", "/api/measures?q=tiltak",
                "/api/cases", "/api/stats", "/api/aggregates"));
        organisations.forEach(o -> paths.add("/api/organisations/" + encode(o.get("name").asText())));
        get(fromIndex, "/api/cases").get("cases").forEach(c -> paths.add("/api/cases/" + c.get("caseNumber").asText()));
        for (String path : paths) {
            assertEquals(get(fromIndex, path), get(fromSolr, path), path);
        }
    }

    /** The works of a result page, in rank order where scores differ (Solr scores with each shard's statistics). */
    private static List<String> works(JsonNode page) {
        List<String> works = new ArrayList<>();
        page.get("hits").forEach(h -> works.add(h.get("workId").asText()));
        works.sort(null);
        return works;
    }

    private static JsonNode get(MuniServer server, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(request(server, path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        JsonNode body = JSON.readTree(r.body());
        if (body instanceof ObjectNode o) {
            o.remove("tookMillis"); // a search's own time
        }
        return body;
    }

    private static HttpRequest request(MuniServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
