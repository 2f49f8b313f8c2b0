package no.muni.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.ExportHeader;
import no.muni.export.Exporter;
import no.muni.index.DocumentIndex;
import no.muni.index.ExportJson;
import no.muni.index.IndexDocument;
import no.muni.index.IndexView;
import no.muni.index.IndexWriterSession;
import no.muni.model.Policy;

/** The JSON API through a real server on a free loopback port. */
class MuniServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ExportHeader HEADER = new ExportHeader(Instant.parse("2024-05-02T01:15:00Z"), "0.5.0",
            "20240502T011200.000Z");

    @TempDir
    static Path dir;
    static MuniServer server;

    @BeforeAll
    static void start() throws Exception {
        DocumentIndex index = DocumentIndex.at(dir);
        try (IndexWriterSession writer = index.openWriter()) {
            writer.replaceGroup("root/plan.txt", List.of(doc("root/plan.txt", "policy", "Plattform", LocalDate.of(2014, 6, 17),
                    "Kommunen ansetter en frivillighetskoordinator.", """
                    {"participants": [], "measures": [{"text": "Ansette frivillighetskoordinator", "period": "2015-2018"}]}""")));
            writer.replaceGroup("root/evil.html", List.of(doc("root/evil.html", "minutes", "<script>alert(1)</script>",
                    LocalDate.of(2019, 5, 22), "Referat: <script>alert('x')</script> Drammen Røde Kors deltok.", """
                    {"participants": [{"name": "Drammen Røde Kors", "kind": "organisation", "group": null}]}""")));
            writer.commit();
        }
        server = MuniServer.start(index, HEADER, "127.0.0.1", 0);
    }

    static IndexDocument doc(String id, String type, String title, LocalDate date, String text, String extra) throws Exception {
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(extra);
        json.put("id", id).put("root", "root").put("source", id).put("sha256", "sha").put("format", "text/plain")
                .put("pipelineVersion", "test").put("title", title).put("docType", type).put("date", date.toString())
                .put("text", text);
        return new IndexDocument(ExportJson.read(json.toString()));
    }

    @Test
    void aFinishedIngestShowsWithoutARestart(@TempDir Path own) throws Exception {
        DocumentIndex index = DocumentIndex.at(own);
        try (IndexWriterSession writer = index.openWriter()) {
            writer.replaceGroup("root/a.txt", List.of(doc("root/a.txt", "reply", "Svar", LocalDate.of(2020, 1, 1),
                    "Svar om veier.", "{}")));
            writer.commit();
        }
        try (MuniServer live = MuniServer.start(index, HEADER, "127.0.0.1", 0)) {
            String search = "http://127.0.0.1:" + live.port() + "/api/search?q=lekeplass";
            assertEquals(0, JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(search)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("total").asInt());
            try (IndexWriterSession writer = index.openWriter()) { // what muni ingest does, in another process
                writer.replaceGroup("root/b.txt", List.of(doc("root/b.txt", "reply", "Svar", LocalDate.of(2021, 1, 1),
                        "Svar om ny lekeplass.", "{}")));
                writer.groupWorks();
                writer.groupThreads();
                writer.commit();
            }
            long deadline = System.currentTimeMillis() + 10_000;
            int total = 0;
            while (total == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                total = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(search)).build(),
                        HttpResponse.BodyHandlers.ofString()).body()).path("total").asInt();
            }
            assertEquals(1, total, "the new commit is searched without a restart");
        }
    }

    @Test
    void originalsComeOnlyFromTheIngestedFolders(@TempDir Path own) throws Exception {
        Path root = java.nio.file.Files.createDirectories(own.resolve("arkiv"));
        java.nio.file.Files.writeString(root.resolve("brev.txt"), "Svar om lekeplass.");
        java.nio.file.Files.writeString(own.resolve("hemmelig.txt"), "not to be served");
        DocumentIndex index = DocumentIndex.at(own.resolve("index"));
        try (IndexWriterSession writer = index.openWriter()) {
            writer.replaceGroup("arkiv/brev.txt", List.of(original("arkiv/brev.txt", "brev.txt", null)));
            writer.replaceGroup("arkiv/lure.txt", List.of(original("arkiv/lure.txt", "../hemmelig.txt", null)));
            writer.replaceGroup("arkiv/brev.txt!/vedlegg.txt", List.of(original("arkiv/brev.txt!/vedlegg.txt", "brev.txt", "arkiv/brev.txt")));
            writer.commit();
        }
        try (MuniServer live = MuniServer.start(index, HEADER, java.util.Map.of("arkiv", root), "127.0.0.1", 0)) {
            java.util.function.Function<String, HttpResponse<String>> get = path -> {
                try {
                    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + live.port() + path)).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            HttpResponse<String> ok = get.apply("/original/arkiv/brev.txt");
            assertEquals(200, ok.statusCode());
            assertEquals("Svar om lekeplass.", ok.body());
            assertTrue(ok.headers().firstValue("Content-Disposition").orElse("").contains("brev.txt"));
            assertEquals(404, get.apply("/original/arkiv/lure.txt").statusCode(), "a path out of the folder");
            assertEquals(404, get.apply("/original/arkiv/brev.txt!/vedlegg.txt").statusCode(), "embedded: its file is the parent");
            assertEquals(404, get.apply("/original/arkiv/nothing.txt").statusCode());
        }
    }

    private static IndexDocument original(String id, String source, String parentId) throws Exception {
        IndexDocument d = doc(id, "reply", "Brev", LocalDate.of(2022, 1, 1), "Svar om lekeplass.", "{}");
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(ExportJson.write(d.export()));
        json.put("root", "arkiv").put("source", source).put("parentId", parentId);
        return new IndexDocument(ExportJson.read(json.toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchReturnsHitsFacetsAndSnippetParts() throws Exception {
        JsonNode r = json("/api/search?q=koordinator");
        assertEquals(1, r.path("total").asInt());
        assertEquals("root/plan.txt", r.path("hits").get(0).path("id").asText());
        assertTrue(r.path("hits").get(0).path("snippetParts").toString().contains("\"match\":true"));
        assertEquals("policy", r.path("facets").path("docType").get(0).path("value").asText());
        assertEquals(1, json("/api/search?q=" + enc("Rode Kors") + "&type=minutes&year=2019").path("total").asInt());
        assertEquals(0, json("/api/search?q=koordinator&type=minutes").path("total").asInt());
    }

    @Test
    void badRequestsGet400WithAMessage() throws Exception {
        for (String path : List.of("/api/search?q=" + enc("foo AND ("), "/api/search?q=x&size=1000",
                "/api/search?q=" + "x".repeat(1200), "/api/search?q=x&page=abc", "/api/search?q=x&sort=size",
                "/api/similar", "/api/export?format=xml", "/api/export?since=22.05.2019", "/api/aggregates?type=memo",
                "/api/search?q=x&type=polcy", "/api/search?q=x&year=19", "/api/search?q=" + enc("\"open phrase"))) {
            HttpResponse<String> r = get(path);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).path("error").asText().length() > 5, r.body());
        }
        // a mistake made in the search form is explained in Norwegian too, for the web UI
        Map<String, String> norwegian = Map.of("/api/search?q=" + enc("\"open phrase"), "aldri lukkes",
                "/api/search?q=" + enc("foo AND ("), "hver ( trenger sin )", "/api/search?q=" + enc("*ing"), "kan ikke begynne med *",
                "/api/search?q=x&type=polcy", "Dokumenttypen må være en av", "/api/search?q=x&year=19", "fire sifre");
        for (var e : norwegian.entrySet()) {
            JsonNode body = JSON.readTree(get(e.getKey()).body());
            assertTrue(body.path("melding").asText().contains(e.getValue()), e.getKey() + ": " + body);
            assertTrue(body.path("error").asText().length() > 5, "the English error stays: " + body);
        }
    }

    @Test
    void documentsEntitiesMeasuresAndStats() throws Exception {
        assertEquals("Plattform", json("/api/documents/root/plan.txt").path("title").asText());
        assertEquals(404, get("/api/documents/root/nothing.txt").statusCode());
        JsonNode org = json("/api/organisations/" + enc("røde kors").replace("+", "%20"));
        assertEquals("root/evil.html", org.path("documents").get(0).path("id").asText());
        assertEquals(404, get("/api/organisations/Nobody").statusCode());
        assertEquals("Drammen Røde Kors", json("/api/organisations").get(0).path("name").asText());
        assertEquals("2015-2018", json("/api/measures?q=koordinator").path("measures").get(0).path("period").asText());
        assertTrue(json("/api/measures?q=koordinator").path("partial").isBoolean(), "measures say whether they were cut");
        assertTrue(org.path("partial").isBoolean(), "so do profiles");
        assertEquals(2, json("/api/stats").path("documents").asInt());
    }

    @Test
    void otherMethodsThanGetAre405WithAJsonError() throws Exception {
        for (String path : List.of("/api/search", "/api/documents/root/plan.txt", "/", "/api/nothing")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(405, r.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method + " " + path);
                assertTrue(JSON.readTree(r.body()).path("error").asText().contains(method), r.body());
            }
        }
    }

    @Test
    void malformedPercentEncodingIs400NotAMissingParameter() throws Exception {
        for (String path : List.of("/api/search?q=%", "/api/search?q=koordinator&type=%ZZ", "/api/search?q=%E6r",
                "/api/measures?q=a%2", "/api/similar?id=%G0")) {
            String r = raw("GET " + path + " HTTP/1.1\r\nHost: a\r\n\r\n");
            assertJsonError(r, 400);
            assertTrue(r.contains("percent") || r.contains("UTF-8"), r);
        }
        assertEquals(1, json("/api/search?q=%C3%A6%20OR%20koordinator").path("total").asInt(), "well-formed still works");
    }

    @Test
    void unknownIdsAndRoutesAre404WithAJsonError() throws Exception {
        for (String path : List.of("/api/similar?id=unknown", "/api/documents/unknown", "/api/nothing", "/nothing.html")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).path("error").asText().length() > 5, path + ": " + r.body());
        }
        assertEquals(200, get("/api/similar?id=root/plan.txt").statusCode());
    }

    @Test
    void jettysOwnErrorsAreJsonToo() throws Exception {
        assertJsonError(raw("GET /api/search?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: a\r\n\r\n"), 414);
        assertJsonError(raw("GET /api/search?q=x HTTP/1.1\r\nHost: a\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n"), 431);
        assertJsonError(raw("GET /api/documents/%ZZ HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
        assertJsonError(raw("GET /api/search HTTP/1.1\r\nHost: a\r\nBad Header\r\n\r\n"), 400);
    }

    /** Status line and body of a request written byte for byte, as a client that HttpClient would refuse to be. */
    static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertJsonError(String response, int status) throws Exception {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response.lines().findFirst().orElse(response));
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("content-type: application/json"), head);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(JSON.readTree(body).path("error").asText().length() > 2, body);
    }

    @Test
    void theUiIsServed() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("search-form"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals(200, get("/app.js").statusCode());
    }

    @Test
    void exportAndAggregatesStreamWhatTheExporterWrites() throws Exception {
        assertEquals(exported(ExportFilter.ALL, ExportFormat.JSON), get("/api/export").body());
        assertEquals(exported(ExportFilter.ALL, ExportFormat.NDJSON), get("/api/export?format=ndjson").body());
        assertEquals(exported(ExportFilter.ALL, ExportFormat.AGGREGATES), get("/api/aggregates").body());
        ExportFilter minutes = new ExportFilter(LocalDate.of(2019, 1, 1), "minutes");
        assertEquals(exported(minutes, ExportFormat.AGGREGATES), get("/api/export?format=aggregates&since=2019-01-01&type=minutes").body());
        assertEquals(1, json("/api/aggregates?since=2019-01-01&type=minutes").path("aggregates").path("documents").asInt());
        assertEquals("20240502T011200.000Z", json("/api/aggregates").path("indexRun").asText());
    }

    private static String exported(ExportFilter filter, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IndexView view = DocumentIndex.at(dir).openView()) {
            new Exporter(HEADER).export(view, filter, format, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDashboardIsServedWithItsVendoredChartLibrary() throws Exception {
        HttpResponse<String> page = get("/dashboard");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/vendor/chartjs/chart.umd.min.js"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertTrue(get("/vendor/chartjs/chart.umd.min.js").body().startsWith("/*!\n * Chart.js v4"));
        assertTrue(get("/vendor/chartjs/LICENSE.md").body().contains("MIT License"));
        assertTrue(get("/").body().contains("href=\"/dashboard\""), "linked from the UI's header");
    }
}
