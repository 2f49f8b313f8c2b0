package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code muni export} of the sample corpus: formats, filters, aggregates, determinism and the schemas. */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path index;
    static final ExportSchemas SCHEMAS = new ExportSchemas();

    @BeforeAll
    static void ingestCorpus() throws IOException {
        Path corpus = tmp.resolve("corpus");
        TestPaths.copyTree(TestPaths.corpus(), corpus);
        index = tmp.resolve("index");
        CliRun run = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void jsonExportConformsToTheSchemaAndCarriesTheLastRun() throws IOException {
        JsonNode export = JSON.readTree(export("json").toFile());
        assertEquals(List.of(), SCHEMAS.export(export));
        assertEquals(10, export.path("documents").size());

        JsonNode lastRun = IngestEndToEndTest.lastReport(index);
        assertEquals(lastRun.path("finishedAt").asText(), export.path("generatedAt").asText());
        assertEquals(lastRun.path("pipelineVersion").asText(), export.path("pipelineVersion").asText());
        assertTrue(Files.isRegularFile(index.resolve("runs").resolve(export.path("indexRun").asText() + ".json")));

        // every published file and its transcription are renditions of one work: 10 documents, 5 works
        java.util.Map<String, Integer> renditions = new java.util.HashMap<>();
        export.path("documents").forEach(d -> renditions.merge(d.path("workId").asText(), 1, Integer::sum));
        assertEquals(5, renditions.size(), renditions.toString());
        assertTrue(renditions.values().stream().allMatch(n -> n == 2), renditions.toString());
        JsonNode aggregates = export.path("aggregates");
        assertEquals(5, aggregates.path("documents").asInt(), "aggregates count works");
        assertEquals(5, sum(aggregates.path("documentsByYearAndType"), "count"));
        assertEquals(1, countOf(aggregates.path("documentsByYearAndType"), 2014, "policy"));
        assertEquals(1, countOf(aggregates.path("documentsByYearAndType"), 2019, "minutes"));
        int measures = 0;
        java.util.Set<String> works = new java.util.HashSet<>();
        for (JsonNode d : export.path("documents")) {
            if (works.add(d.path("workId").asText())) {
                measures += d.path("measures").size();
            }
        }
        assertTrue(measures > 0, "the policy platform has measures");
        assertEquals(measures, sum(aggregates.path("measures"), "count"));
    }

    @Test
    void theSameIndexExportsTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(export("json"));
        assertArrayEquals(first, Files.readAllBytes(export("json")));
        assertArrayEquals(Files.readAllBytes(export("ndjson")), Files.readAllBytes(export("ndjson")));
    }

    @Test
    void ndjsonHasOneSchemaValidDocumentPerLineInIdOrder() throws IOException {
        List<String> lines = Files.readAllLines(export("ndjson"));
        assertEquals(10, lines.size());
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode doc = JSON.readTree(line);
            assertEquals(List.of(), SCHEMAS.ndjsonLine(doc), doc.path("id").asText());
            ids.add(doc.path("id").asText());
        }
        assertEquals(ids.stream().sorted().toList(), ids);
        List<String> jsonIds = new ArrayList<>();
        JSON.readTree(export("json").toFile()).path("documents").forEach(d -> jsonIds.add(d.path("id").asText()));
        assertEquals(jsonIds, ids);
    }

    @Test
    void aggregatesFormatIsTheJsonExportWithoutDocuments() throws IOException {
        JsonNode aggregates = JSON.readTree(export("aggregates").toFile());
        assertEquals(List.of(), SCHEMAS.export(aggregates));
        assertFalse(aggregates.has("documents"));
        ObjectNode full = (ObjectNode) JSON.readTree(export("json").toFile());
        full.remove("documents");
        assertEquals(full, aggregates);
    }

    @Test
    void sinceAndTypeSelectDocuments() throws IOException {
        JsonNode policies = JSON.readTree(export("json", "--type", "policy").toFile());
        assertEquals(List.of(), SCHEMAS.export(policies));
        assertEquals(2, policies.path("documents").size(), "the export keeps both renditions");
        policies.path("documents").forEach(d -> assertEquals("policy", d.path("docType").asText()));
        assertEquals(1, policies.path("aggregates").path("documents").asInt(), "one work");
        assertEquals("policy", policies.path("filter").path("docType").asText());

        JsonNode recent = JSON.readTree(export("json", "--since", "2019-05-22").toFile());
        assertEquals(4, recent.path("documents").size(), "two minutes of 2019-05-22, two replies of 2023");
        recent.path("documents").forEach(d -> assertTrue(d.path("date").asText().compareTo("2019-05-22") >= 0));
        assertEquals("2019-05-22", recent.path("filter").path("since").asText());

        assertEquals(0, JSON.readTree(export("json", "--since", "2019-05-22", "--type", "policy").toFile())
                .path("documents").size());
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--since", "22.05.2019"}, new String[] {"--type", "memo"},
                new String[] {"--format", "xml"})) {
            List<String> all = new ArrayList<>(List.of("export", "--index", index.toString()));
            all.addAll(List.of(args));
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, run.exitCode(), String.join(" ", args));
            assertTrue(run.err().contains(args[0]), run.err());
        }
    }

    @Test
    void theSchemaRejectsDocumentsThatBreakTheContract() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readAllLines(export("ndjson")).getFirst());
        ObjectNode missing = doc.deepCopy();
        missing.remove("title");
        assertFalse(SCHEMAS.ndjsonLine(missing).isEmpty(), "a missing field");
        ObjectNode extra = doc.deepCopy();
        extra.put("unknown", 1);
        assertFalse(SCHEMAS.ndjsonLine(extra).isEmpty(), "a field outside the contract");
        ObjectNode badDate = doc.deepCopy();
        badDate.put("date", "22. mai 2019");
        assertFalse(SCHEMAS.ndjsonLine(badDate).isEmpty(), "a date that is not ISO");
    }

    private static Path export(String format, String... options) throws IOException {
        Path out = Files.createTempFile(tmp, "export", "." + format);
        List<String> args = new ArrayList<>(List.of("export", "--index", index.toString(), "--format", format,
                "--out", out.toString()));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        return out;
    }

    private static long sum(JsonNode rows, String field) {
        long sum = 0;
        for (JsonNode row : rows) {
            sum += row.path(field).asLong();
        }
        return sum;
    }

    private static long countOf(JsonNode rows, int year, String docType) {
        for (JsonNode row : rows) {
            if (row.path("year").asInt() == year && row.path("docType").asText().equals(docType)) {
                return row.path("count").asLong();
            }
        }
        return 0;
    }
}
