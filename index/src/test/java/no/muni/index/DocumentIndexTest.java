package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.ExportHeader;
import no.muni.export.Exporter;

class DocumentIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static IndexDocument doc(String id, String parent, String title, String text, LocalDate date) {
        ObjectNode json = JSON.createObjectNode().put("id", id).put("parentId", parent).put("root", "r")
                .put("source", id.substring(2)).put("sha256", "sha-" + id).put("format", "text/plain")
                .put("pipelineVersion", "v1").put("docType", "minutes").put("title", title).put("text", text)
                .put("date", date == null ? null : date.toString());
        json.putArray("organisations").addObject().put("name", "Bodø kommune");
        return new IndexDocument(ExportJson.read(json.toString()));
    }

    private DocumentIndex indexWith(IndexDocument... groups) {
        DocumentIndex index = DocumentIndex.at(tmp.resolve("idx"));
        try (IndexWriterSession w = index.openWriter()) {
            for (IndexDocument d : groups) {
                w.replaceGroup(d.parentId() == null ? d.id() : d.parentId(), List.of(d));
            }
            w.commit();
        }
        return index;
    }

    @Test
    void searchRanksHighlightsAndStemsNorwegian() {
        DocumentIndex index = indexWith(
                doc("r/a.txt", null, "Referat dialogmøte", "Organisasjonene ønsker en frivillighetsbank i Bodø.", LocalDate.of(2021, 3, 4)),
                doc("r/b.txt", null, "Plan for idrett", "Idrettslagene trenger haller.", null));
        try (IndexView view = index.openView()) {
            SearchPage r = view.search(SearchRequest.of("organisasjoner", 10));
            assertEquals(1, r.total());
            SearchHit hit = r.hits().getFirst();
            assertEquals("r/a.txt", hit.id());
            assertEquals("2021-03-04", hit.date());
            assertTrue(hit.snippet().contains("[Organisasjonene]"), hit.snippet());
            assertEquals(Map.of("2021", 1L), view.counts(IndexFields.YEAR, 10));
        }
    }

    @Test
    void badSyntaxIsAQuerySyntaxException() {
        DocumentIndex index = indexWith(doc("r/a.txt", null, "T", "tekst", null));
        try (IndexView view = index.openView()) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> view.search(SearchRequest.of("tekst AND (", 5)));
            assertTrue(e.getMessage().contains("tekst AND ("));
        }
    }

    @Test
    void aGroupIsReplacedAndDeletedAsAWhole() {
        DocumentIndex index = DocumentIndex.at(tmp.resolve("idx"));
        try (IndexWriterSession w = index.openWriter()) {
            w.replaceGroup("r/mail.eml", List.of(doc("r/mail.eml", null, "E-post", "hei", null),
                    doc("r/mail.eml!/a.pdf", "r/mail.eml", "Vedlegg A", "vedlegg", null),
                    doc("r/mail.eml!/b.pdf", "r/mail.eml", "Vedlegg B", "vedlegg", null)));
            w.commit();
            w.replaceGroup("r/mail.eml", List.of(doc("r/mail.eml", null, "E-post", "hei igjen", null)));
            w.commit();
            assertEquals(Map.of("r/mail.eml", new IndexedVersion("sha-r/mail.eml", "v1")), w.indexedVersions("r"));
        }
        try (IndexView view = index.openView()) {
            assertEquals(1, view.documentCount());
        }
        try (IndexWriterSession w = index.openWriter()) {
            w.deleteGroup("r/mail.eml");
            w.commit();
        }
        try (IndexView view = index.openView()) {
            assertEquals(0, view.documentCount());
        }
    }

    @Test
    void exportIsInIdOrderAndByteIdentical() {
        DocumentIndex index = indexWith(doc("r/c.txt", null, "C", "c", null), doc("r/a.txt", null, "A", "a", null),
                doc("r/b.txt", null, "B", "b", null));
        byte[] first = export(index);
        byte[] second = export(index);
        assertArrayEquals(first, second);
        String json = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.indexOf("r/a.txt") < json.indexOf("r/b.txt") && json.indexOf("r/b.txt") < json.indexOf("r/c.txt"), json);
    }

    @Test
    void aSecondWriterIsRefused() {
        DocumentIndex index = DocumentIndex.at(tmp.resolve("idx"));
        try (IndexWriterSession first = index.openWriter()) {
            assertThrows(IndexLockedException.class, index::openWriter);
        }
    }

    private static byte[] export(DocumentIndex index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IndexView view = index.openView()) {
            new Exporter(ExportHeader.NONE).export(view, ExportFilter.ALL, ExportFormat.JSON, out);
        }
        return out.toByteArray();
    }
}
