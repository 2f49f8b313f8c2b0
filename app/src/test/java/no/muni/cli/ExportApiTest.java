package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.muni.index.DocumentIndex;
import no.muni.ingest.RunHistory;
import no.muni.serve.MuniServer;

/**
 * {@code /api/export} and {@code /api/aggregates} of a server started as {@code muni serve} starts it,
 * on the sample corpus: the same bytes as {@code muni export} with the same options, valid by the schemas.
 */
class ExportApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ExportSchemas SCHEMAS = new ExportSchemas();

    static Path index;
    static MuniServer server;

    @BeforeAll
    static void start() {
        index = SampleIndex.dir();
        DocumentIndex idx = DocumentIndex.at(index);
        server = MuniServer.start(idx, RunHistory.of(idx).exportHeader(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theApiExportsWhatTheCommandLineExports() throws Exception {
        for (Map<String, String> params : List.of(Map.of("format", "json"), Map.of("format", "ndjson"),
                Map.of("format", "aggregates"), Map.of("format", "json", "type", "policy"),
                Map.of("format", "ndjson", "since", "2019-05-22"),
                Map.of("format", "aggregates", "since", "2019-05-22", "type", "minutes"))) {
            HttpResponse<byte[]> api = get("/api/export?" + query(params));
            assertEquals(200, api.statusCode(), params.toString());
            assertArrayEquals(cliExport(params), api.body(), params.toString());
        }
        assertArrayEquals(cliExport(Map.of("format", "aggregates")), get("/api/aggregates").body());
        assertArrayEquals(cliExport(Map.of("format", "json")), get("/api/export").body(), "json by default");
    }

    @Test
    void exportsConformToTheSchemas() throws Exception {
        JsonNode json = JSON.readTree(get("/api/export?format=json").body());
        assertEquals(List.of(), SCHEMAS.export(json));
        assertFalse(json.path("documents").isEmpty());
        assertFalse(json.path("generatedAt").isNull(), "the header comes from the last run");
        assertEquals(List.of(), SCHEMAS.export(JSON.readTree(get("/api/aggregates?type=policy").body())));

        HttpResponse<byte[]> ndjson = get("/api/export?format=ndjson");
        assertEquals("application/x-ndjson", ndjson.headers().firstValue("Content-Type").orElse(""));
        List<String> lines = new String(ndjson.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(json.path("documents").size(), lines.size());
        for (String line : lines) {
            assertEquals(List.of(), SCHEMAS.ndjsonLine(JSON.readTree(line)));
        }
    }

    @Test
    void badFiltersAreRefusedAsTheCommandLineRefusesThem() throws Exception {
        for (Map<String, String> params : List.of(Map.of("since", "22.05.2019"), Map.of("type", "memo"))) {
            HttpResponse<byte[]> api = get("/api/export?" + query(params));
            assertEquals(400, api.statusCode());
            String error = JSON.readTree(api.body()).path("error").asText();
            CliRun cli = CliRun.of(cliArgs(params, Path.of("unused")).toArray(String[]::new));
            assertTrue(cli.err().contains("--" + error), cli.err() + " vs " + error);
        }
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String query(Map<String, String> params) {
        return String.join("&", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static byte[] cliExport(Map<String, String> params) throws IOException {
        Path out = Files.createTempFile("export", ".out");
        try {
            CliRun run = CliRun.of(cliArgs(params, out).toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            return Files.readAllBytes(out);
        } finally {
            Files.delete(out);
        }
    }

    /** {@code muni export} with the same options: query parameter {@code p} is option {@code --p}. */
    private static List<String> cliArgs(Map<String, String> params, Path out) {
        List<String> args = new ArrayList<>(List.of("export", "--index", index.toString(), "--out", out.toString()));
        params.forEach((name, value) -> args.addAll(List.of("--" + name, value)));
        return args;
    }
}
