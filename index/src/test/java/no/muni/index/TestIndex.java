package no.muni.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hand-built index documents for index tests: no pipeline, just a minimal export JSON with the fields a test needs. */
final class TestIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestIndex() {
    }

    static IndexDocument doc(String id, String docType, String title, LocalDate date, String text,
                             List<String> organisations, List<String> measures) {
        return doc(id, docType, title, date, text, organisations, measures, JSON.createObjectNode());
    }

    /** {@code extra} is merged into the export JSON (e.g. participants, organisations with mentions). */
    static IndexDocument doc(String id, String docType, String title, LocalDate date, String text,
                             List<String> organisations, List<String> measures, ObjectNode extra) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", id).put("root", "test").put("source", id).put("sha256", "sha-" + id).put("format", "text/plain")
                .put("pipelineVersion", "test").put("docType", docType).put("title", title).put("text", text)
                .put("date", date == null ? null : date.toString());
        ArrayNode orgs = json.putArray("organisations");
        organisations.forEach(o -> orgs.addObject().put("name", o));
        ArrayNode measureNodes = json.putArray("measures");
        measures.forEach(m -> measureNodes.addObject().put("text", m));
        json.setAll(extra);
        return new IndexDocument(ExportJson.read(json.toString()));
    }

    static DocumentIndex write(Path dir, IndexDocument... docs) {
        DocumentIndex index = DocumentIndex.at(dir);
        try (IndexWriterSession writer = index.openWriter()) {
            for (IndexDocument d : docs) {
                writer.replaceGroup(d.id(), List.of(d));
            }
            writer.groupWorks();
            writer.groupThreads();
            writer.commit();
        }
        return index;
    }
}
