package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path from files on disk through Tika, structure and Lucene to search and export. */
class IngestEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void ingestsTheSampleCorpusAndFindsItAgain() throws IOException {
        Path corpus = copyOfCorpus();
        Path index = tmp.resolve("index");

        CliRun ingest = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains("10 files: 10 new"), ingest.out());

        Map<String, JsonNode> docs = export(index);
        assertEquals(10, docs.size());
        for (JsonNode d : docs.values()) {
            String source = d.path("source").asText();
            assertFalse(d.path("title").asText().isBlank(), "title of " + source);
            assertTrue(d.path("text").asText().length() > 500, "text of " + source);
            assertEquals(64, d.path("sha256").asText().length());
            for (String field : List.of("id", "format", "docType", "date", "caseNumber", "language",
                    "organisations", "persons", "places", "measures", "questions", "answers", "attachments",
                    "participants", "participantCount", "goals", "sections", "slides")) {
                assertTrue(d.has(field), source + " lacks " + field);
            }
        }
        JsonNode platform = docs.get("003_7a995c8d276b6961.pdf");
        assertEquals("application/pdf", platform.path("format").asText());
        assertTrue(platform.path("text").asText().contains("frivillighetskoordinator"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docs.get("001_bc4781144e6a4c71.docx").path("format").asText());
        assertEquals("text/html", docs.get("004_2f0e532a553e0ac5.html").path("format").asText());

        CliRun search = CliRun.of("search", "Røde Kors", "--index", index.toString());
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("Dialogmøte med den humanitære delen av frivilligheten"), search.out());
        assertTrue(search.out().contains("[Røde] [Kors]"), "highlighted snippet: " + search.out());

        CliRun json = CliRun.of("search", "frivillighetskoordinator", "--index", index.toString(), "--json");
        JsonNode hits = JSON.readTree(json.out());
        assertTrue(hits.path("total").asInt() >= 2, json.out());
        assertTrue(field(hits.path("hits"), "workId").contains("corpus/003_7a995c8d276b6961.pdf"), "the platform's work (PDF and text): " + json.out());
    }

    @Test
    void secondRunParsesNothingAndChangesAreFollowed() throws IOException {
        Path corpus = copyOfCorpus();
        Path index = tmp.resolve("index");
        assertEquals(0, CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet").exitCode());

        CliRun again = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("10 files: 0 new, 0 changed, 10 unchanged, 0 deleted, 0 failed; 0 documents"),
                again.out());
        assertEquals(0, lastReport(index).path("stageMillis").path("parse").asLong(), "nothing parsed");

        Path reply = corpus.resolve("000_33237c531c9e0230.txt");
        Files.writeString(reply, Files.readString(reply) + "\nTilleggsopplysning om Kvitsøy pilotprosjekt.\n");
        Files.delete(corpus.resolve("004_2f0e532a553e0ac5.html"));

        CliRun third = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(0, third.exitCode(), third.err());
        assertTrue(third.out().contains("9 files: 0 new, 1 changed, 8 unchanged, 1 deleted, 0 failed"), third.out());

        Map<String, JsonNode> docs = export(index);
        assertEquals(9, docs.size());
        assertFalse(docs.containsKey("004_2f0e532a553e0ac5.html"));
        assertTrue(docs.get("000_33237c531c9e0230.txt").path("text").asText().contains("Kvitsøy"));
        assertTrue(CliRun.of("search", "Kvitsøy", "--index", index.toString()).out().startsWith("1 documents"));
        CliRun gone = CliRun.of("search", "Transkript", "--index", index.toString(), "--json");
        assertFalse(gone.out().contains("004_2f0e532a553e0ac5.html"), gone.out());
    }

    @Test
    void missingFolderIsAUsageError() {
        CliRun run = CliRun.of("ingest", tmp.resolve("no-such-folder").toString(), "--index", tmp.resolve("i").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("folder not found"), run.err());
    }

    @Test
    void unwritableIndexIsFatalWithAMessage() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file.txt"), "x");
        CliRun run = CliRun.of("ingest", copyOfCorpus().toString(), "--index", notAFolder.resolve("index").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("cannot create the index folder"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void badQuerySyntaxIsAUsageError() throws IOException {
        Path index = tmp.resolve("index");
        CliRun.of("ingest", copyOfCorpus().toString(), "--index", index.toString(), "--quiet");
        CliRun run = CliRun.of("search", "frivillig AND (", "--index", index.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot understand the query"), run.err());
    }

    private Path copyOfCorpus() throws IOException {
        Path copy = tmp.resolve("corpus");
        if (!Files.isDirectory(copy)) {
            TestPaths.copyTree(TestPaths.corpus(), copy);
        }
        return copy;
    }

    static Map<String, JsonNode> export(Path index) throws IOException {
        Path out = index.resolveSibling(index.getFileName() + "-export.json");
        CliRun run = CliRun.of("export", "--index", index.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, JsonNode> bySource = new HashMap<>();
        for (JsonNode d : JSON.readTree(Files.readString(out, StandardCharsets.UTF_8)).path("documents")) {
            bySource.put(d.path("source").asText(), d);
        }
        return bySource;
    }

    static JsonNode lastReport(Path index) throws IOException {
        try (Stream<Path> runs = Files.list(index.resolve("runs"))) {
            Path last = runs.max(Path::compareTo).orElseThrow();
            return JSON.readTree(last.toFile());
        }
    }

    private static List<String> field(JsonNode hits, String name) {
        List<String> values = new ArrayList<>();
        hits.forEach(h -> values.add(h.path(name).asText()));
        return values;
    }
}
