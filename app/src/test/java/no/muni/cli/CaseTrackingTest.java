package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.muni.index.DocumentIndex;
import no.muni.ingest.RunHistory;
import no.muni.serve.MuniServer;

/** `muni case`, `muni cases`, the search filters by case and body, and the same through the API, on {@link CaseIndex}. */
class CaseTrackingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static MuniServer server;

    @BeforeAll
    static void start() {
        DocumentIndex index = DocumentIndex.at(CaseIndex.dir());
        server = MuniServer.start(index, RunHistory.of(index).exportHeader(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static CliRun muni(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", CaseIndex.dir().toString()));
        return CliRun.of(all.toArray(String[]::new));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The case's way through the meetings, as the history lists it: date, body, item number and kind of each meeting step. */
    static List<String> way(JsonNode history) {
        List<String> way = new ArrayList<>();
        for (JsonNode s : history.path("steps")) {
            if (!s.path("body").isNull() && s.has("body")) {
                way.add(s.path("date").asText() + " " + s.path("body").asText() + " " + s.path("itemNumber").asText()
                        + " " + s.path("docType").asText());
            }
        }
        return way;
    }

    /** The step of one body's meeting of one kind (minutes or notice). */
    static JsonNode step(JsonNode history, String body, String docType) {
        for (JsonNode s : history.path("steps")) {
            if (body.equals(s.path("body").asText()) && docType.equals(s.path("docType").asText())) {
                return s;
            }
        }
        throw new AssertionError("no " + docType + " of " + body + " in " + history);
    }

    @Test
    void theCaseIsFollowedThroughBothBodiesInTimeOrder() throws Exception {
        CliRun run = muni("case", "23/858", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode h = JSON.readTree(run.out());
        assertEquals(CaseIndex.CASE, h.path("caseNumber").asText());
        assertEquals("ETABLERING AV FRIVILLIGSENTRAL I NORDVIK", h.path("title").asText(), "the saksframlegg's sak title, as written");
        assertEquals(List.of("2023-09-12 Formannskapet PS 45/23 minutes", "2023-09-26 Kommunestyret PS 78/23 notice",
                "2023-09-26 Kommunestyret PS 78/23 minutes"), way(h));
        assertEquals(List.of("Formannskapet", "Kommunestyret"), JSON.convertValue(h.path("bodies"), List.class));
        assertEquals(h.path("documents").asInt(), documentIds(h).size(), "every document the case is named in is a step");
        assertEquals(List.of("Formannskapet 45/23 2023-09-12", "Kommunestyret 78/23 2023-09-26"), route(h.path("route")),
                "the saksframlegg's saksgang (ACOS' header on one line, the date right-aligned below it)");

        JsonNode saksframlegg = h.path("steps").get(0);
        assertEquals("case", saksframlegg.path("docType").asText());
        assertEquals("2023-08-28", saksframlegg.path("date").asText());
        assertTrue(saksframlegg.path("proposal").asText().startsWith("1. Nordvik kommune etablerer en frivilligsentral"),
                saksframlegg.toString());

        // the formannskap: the kommunedirektør's three points, a new point 4 adopted 5 against 1 (H), its innstilling with four points
        JsonNode formannskap = step(h, "Formannskapet", "minutes");
        assertTrue(formannskap.path("proposal").asText().contains("650 000 kroner"), formannskap.toString());
        assertFalse(formannskap.path("proposal").asText().contains("4. Frivilligsentralen"), formannskap.toString());
        assertEquals(votes(false, 5, 1, "H"), formannskap.path("votes"));
        assertTrue(formannskap.path("decision").asText().startsWith("1. Nordvik kommune etablerer")
                && formannskap.path("decision").asText().endsWith("4. Frivilligsentralen skal ha et eget styre der frivillighetsrådet er "
                + "representert."), "FSK- 45/23 Innstilling til kommunestyret: " + formannskap);

        // the kommunestyre: the formannskap's innstilling, an amendment (450 000) that fell 8 against 19, adopted 21 against 6 (H)
        JsonNode kommunestyre = step(h, "Kommunestyret", "minutes");
        assertEquals(formannskap.path("decision").asText(), kommunestyre.path("proposal").asText());
        assertTrue(kommunestyre.path("handling").asText().contains("450 000 kroner"), kommunestyre.toString());
        assertEquals(votes(false, 21, 6, "H"), kommunestyre.path("votes"), "the vote that adopted, not the amendment that fell");
        assertTrue(kommunestyre.path("decision").asText().contains("650 000 kroner årlig")
                && kommunestyre.path("decision").asText().contains("eget styre der frivillighetsrådet"), kommunestyre.toString());
        JsonNode notice = step(h, "Kommunestyret", "notice");
        assertTrue(notice.path("decision").isNull() && notice.path("votes").isNull(), "a notice holds no decision yet: " + notice);
    }

    private static JsonNode votes(boolean unanimous, int forCount, int againstCount, String... parties) {
        return JSON.valueToTree(java.util.Map.of("unanimous", unanimous, "forCount", forCount, "againstCount", againstCount,
                "parties", List.of(parties)));
    }

    private static List<String> route(JsonNode route) {
        List<String> rows = new ArrayList<>();
        route.forEach(r -> rows.add(r.path("body").asText() + " " + r.path("itemNumber").asText() + " " + r.path("date").asText()));
        return rows;
    }

    private static java.util.Set<String> documentIds(JsonNode h) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        h.path("steps").forEach(s -> ids.add(s.path("documentId").asText()));
        return ids;
    }

    @Test
    void everyWrittenFormFindsTheSameCase() {
        String expected = muni("case", "23/858").out();
        assertTrue(expected.startsWith("case 2023/00858: "), expected);
        assertTrue(expected.indexOf("Formannskapet") < expected.indexOf("Kommunestyret"), expected);
        for (String written : List.of("2023/00858", "2023/858", "23/00858", "RST-23/858-4")) {
            CliRun run = muni("case", written);
            assertEquals(0, run.exitCode(), written + ": " + run.err());
            assertEquals(expected, run.out(), written);
        }
    }

    @Test
    void unknownAndMalformedCaseNumbersExitAsTheOtherLookups() {
        CliRun unknown = muni("case", "23/999");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("no document in the index names case 23/999"), unknown.err());
        CliRun malformed = muni("case", "frivilligsentral");
        assertEquals(ExitCodes.USAGE, malformed.exitCode());
        assertTrue(malformed.err().contains("is not an archive case number"), malformed.err());
        CliRun noIndex = CliRun.of("case", "23/858", "--index", "/nonexistent/muni-index");
        assertEquals(ExitCodes.FATAL, noIndex.exitCode(), noIndex.err());
    }

    @Test
    void casesAreListedByBodyAndYear() throws Exception {
        JsonNode formannskap = JSON.readTree(muni("cases", "--body", "formannskapet", "--year", "2023", "--json").out());
        assertEquals("Formannskapet", formannskap.path("body").asText(), "the body as indexed, whatever the case typed");
        assertEquals(List.of("2023/00858", "2023/00812", "2022/01404"), formannskap.path("cases").findValuesAsText("caseNumber"));
        JsonNode kommunestyre = JSON.readTree(muni("cases", "--body", "Kommunestyret", "--json").out());
        assertEquals(List.of("2023/00901", "2023/00858", "2023/00812"), kommunestyre.path("cases").findValuesAsText("caseNumber"),
                "22/1404 went no further than the formannskap");
        JsonNode frivilligsentral = kommunestyre.path("cases").get(1);
        assertEquals(JSON.readTree(muni("case", "23/858", "--json").out()).path("documents").asInt(),
                frivilligsentral.path("documents").asInt());
        assertEquals("2023-09-26", frivilligsentral.path("lastDate").asText());
        assertEquals(List.of("Formannskapet", "Kommunestyret"), JSON.convertValue(frivilligsentral.path("bodies"), List.class));
        assertEquals(0, JSON.readTree(muni("cases", "--year", "2019", "--json").out()).path("total").asInt());
        String text = muni("cases", "--body", "Formannskapet").out();
        assertTrue(text.startsWith("3 cases before Formannskapet"), text);
    }

    @Test
    void searchFiltersByCaseAndBody() throws Exception {
        int documents = JSON.readTree(muni("case", "23/858", "--json").out()).path("documents").asInt();
        assertEquals(documents, total(muni("search", "frivilligsentral", "--case", "23/858", "--json")));
        assertEquals(documents - 1, total(muni("search", "frivilligsentral", "--case", "RST-23/00858-4", "--body",
                "kommunestyret", "--json")), "all but the formannskap's minutes");
        assertEquals(1, total(muni("search", "tomt", "--case", "22/1404", "--json")));
        CliRun bad = muni("search", "frivilligsentral", "--case", "sak 12");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertEquals(documents, api("/api/search?q=frivilligsentral&case=2023/858").path("total").asInt());
        assertEquals(2, api("/api/search?q=frivilligsentral&case=23/858&body=Kommunestyret&type=minutes&type=notice")
                .path("total").asInt());
        JsonNode bodies = api("/api/search?q=frivilligsentral").path("facets").path("body");
        assertEquals(List.of("Formannskapet", "Kommunestyret"), bodies.findValuesAsText("value").stream().sorted().toList());
        assertEquals(400, get("/api/search?q=x&case=banan").statusCode());
    }

    @Test
    void theApiAnswersWhatTheCommandLinePrints() throws Exception {
        JsonNode cli = JSON.readTree(muni("case", "23/858", "--json").out());
        for (String written : List.of("23/858", "2023/00858", "RST-23/858-4")) {
            assertEquals(cli, api("/api/cases/" + written), written);
        }
        HttpResponse<String> unknown = get("/api/cases/23/999");
        assertEquals(404, unknown.statusCode());
        assertTrue(JSON.readTree(unknown.body()).path("error").asText().contains("23/999"));
        assertEquals(400, get("/api/cases/frivilligsentral").statusCode());
        assertEquals(JSON.readTree(muni("cases", "--body", "Formannskapet", "--year", "2023", "--json").out()),
                api("/api/cases?body=Formannskapet&year=2023"));
        assertEquals(400, get("/api/cases?limit=0").statusCode());
    }

    private static int total(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out()).path("total").asInt();
    }
}
