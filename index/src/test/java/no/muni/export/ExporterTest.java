package no.muni.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.index.ExportJson;
import no.muni.index.IndexDocument;
import no.muni.index.IndexView;
import no.muni.index.IndexWriterSession;

/** Aggregates over documents with organisations and measures, which the sample corpus lacks. */
class ExporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExportHeader HEADER = new ExportHeader(Instant.parse("2026-01-02T03:04:05Z"), "v9", "run-1");

    @TempDir
    Path tmp;

    DocumentIndex index;

    @BeforeEach
    void indexDocuments() {
        index = DocumentIndex.at(tmp);
        try (IndexWriterSession writer = index.openWriter()) {
            add(writer, "r/1", "policy", "2019-03-01", List.of("Røde Kors", "Kirkens Bymisjon", "NAV"),
                    List.of("Oppvekst"), List.of(measure("2019-2022", "planlagt"), measure("2019-2022", "planlagt")));
            add(writer, "r/2", "minutes", "2019-06-01", List.of("Røde Kors", "NAV"), List.of(), List.of());
            add(writer, "r/3", "minutes", "2020-01-10", List.of("Røde Kors", "Kirkens Bymisjon", "NAV"),
                    List.of("Oppvekst", "Helse"), List.of(measure("2020-2023", null)));
            add(writer, "r/4", "reply", null, List.of("NAV"), List.of(), List.of());
            writer.commit();
        }
    }

    @Test
    void aggregatesCountDocumentsOrganisationsPairsAndMeasures() throws IOException {
        JsonNode export = export(ExportFilter.ALL, ExportFormat.JSON);
        assertEquals("2026-01-02T03:04:05Z", export.path("generatedAt").asText());
        assertEquals("v9", export.path("pipelineVersion").asText());
        assertEquals("run-1", export.path("indexRun").asText());
        JsonNode aggregates = export.path("aggregates");
        assertEquals(4, aggregates.path("documents").asInt());

        assertEquals("[{\"year\":2019,\"docType\":\"minutes\",\"count\":1},{\"year\":2019,\"docType\":\"policy\",\"count\":1},"
                + "{\"year\":2020,\"docType\":\"minutes\",\"count\":1},{\"year\":null,\"docType\":\"reply\",\"count\":1}]",
                aggregates.path("documentsByYearAndType").toString());

        JsonNode organisations = aggregates.path("organisations");
        assertEquals(List.of("NAV", "Røde Kors", "Kirkens Bymisjon"), names(organisations), "most documents first");
        assertEquals("[{\"year\":2019,\"count\":2},{\"year\":2020,\"count\":1},{\"year\":null,\"count\":1}]",
                organisations.get(0).path("byYear").toString());
        assertEquals(4, organisations.get(0).path("documents").asInt());

        assertEquals("[{\"organisations\":[\"NAV\",\"Røde Kors\"],\"documents\":3},"
                + "{\"organisations\":[\"Kirkens Bymisjon\",\"NAV\"],\"documents\":2},"
                + "{\"organisations\":[\"Kirkens Bymisjon\",\"Røde Kors\"],\"documents\":2}]",
                aggregates.path("organisationPairs").toString());

        assertEquals("[{\"policyArea\":\"Oppvekst\",\"period\":\"2019-2022\",\"status\":\"planlagt\",\"count\":2},"
                + "{\"policyArea\":null,\"period\":\"2020-2023\",\"status\":null,\"count\":1}]",
                aggregates.path("measures").toString(), "a document with two areas leaves its measures' area open");
    }

    @Test
    void filtersSelectByDateAndTypeAndNdjsonIsOneStoredDocumentPerLine() throws IOException {
        JsonNode since = export(new ExportFilter(LocalDate.of(2019, 6, 1), null), ExportFormat.JSON);
        assertEquals(List.of("r/2", "r/3"), ids(since.path("documents")));
        assertEquals(2, since.path("aggregates").path("documents").asInt());

        JsonNode minutes2020 = export(new ExportFilter(LocalDate.of(2020, 1, 1), "minutes"), ExportFormat.JSON);
        assertEquals(List.of("r/3"), ids(minutes2020.path("documents")));

        String ndjson = exportText(new ExportFilter(null, "minutes"), ExportFormat.NDJSON);
        List<String> lines = ndjson.lines().toList();
        assertEquals(2, lines.size());
        assertTrue(ndjson.endsWith("\n"));
        try (IndexView view = index.openView()) {
            assertEquals(ExportJson.write(ExportJson.read(view.json("r/2").orElseThrow()).withWorkId("r/2")), lines.get(0),
                    "the stored document with its work");
        }
    }

    private JsonNode export(ExportFilter filter, ExportFormat format) throws IOException {
        return JSON.readTree(exportText(filter, format));
    }

    private String exportText(ExportFilter filter, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IndexView view = index.openView()) {
            new Exporter(HEADER).export(view, filter, format, out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void add(IndexWriterSession writer, String id, String docType, String date,
                            List<String> organisations, List<String> areas, List<JsonNode> measures) {
        ObjectNode doc = JSON.createObjectNode().put("id", id).put("root", "r").put("source", id.substring(2))
                .put("sha256", "0".repeat(64)).put("format", "text/plain").put("pipelineVersion", "v9")
                .put("docType", docType).put("title", id).put("date", date).put("text", "tekst");
        ArrayNode orgs = doc.putArray("organisations");
        organisations.forEach(o -> orgs.addObject().put("name", o));
        ArrayNode areaNodes = doc.putArray("policyAreas");
        areas.forEach(areaNodes::add);
        doc.putArray("measures").addAll(measures);
        writer.replaceGroup(id, List.of(new IndexDocument(ExportJson.read(doc.toString()))));
    }

    private static JsonNode measure(String period, String status) {
        return JSON.createObjectNode().put("text", "tiltak").put("period", period).put("status", status);
    }

    private static List<String> names(JsonNode organisations) {
        List<String> names = new ArrayList<>();
        organisations.forEach(o -> names.add(o.path("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode docs) {
        List<String> ids = new ArrayList<>();
        docs.forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }
}
