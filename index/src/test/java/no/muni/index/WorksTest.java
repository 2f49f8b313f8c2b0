package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.ExportHeader;
import no.muni.export.Exporter;

/**
 * Renditions of one text (a PDF with its letterhead and page numbers, the same letter as DOCX, a
 * re-sent copy) are one work: search, facets, counts, lookups and the export's aggregates count it once,
 * while the export keeps every rendition with its workId. A different letter on the same subject with
 * the same boilerplate stays a work of its own.
 */
class WorksTest {

    private static final String LETTER = """
            Svar på spørsmål om frivillighetssentralen. Kommunen har i 2023 inngått en ny avtale med
            frivillighetssentralen om drift av møteplassen på biblioteket. Avtalen gir sentralen midler til en
            halv stilling som koordinator, og sentralen skal rapportere til utvalg for kultur og oppvekst hvert
            halvår. Det er satt av 450 000 kroner i budsjettet for neste år. Rådmannen vil komme tilbake til
            saken i økonomiplanen, der frivillighetens rolle i forebyggende arbeid skal beskrives nærmere.
            Kontaktperson er kultursjefen.""";

    private static final String OTHER_LETTER = """
            Svar på spørsmål om idrettshallen. Kommunen har i 2023 vurdert tre tomter for en ny idrettshall
            ved ungdomsskolen. Utredningen viser at tomten ved skolen gir lavest kostnader og kortest
            byggetid. Kommunestyret skal behandle saken i juni, og anlegget kan tidligst stå ferdig høsten
            2026. Rådmannen vil komme tilbake til saken i økonomiplanen. Kontaktperson er kultursjefen.""";

    /** The organisation as the tagger writes it into the export document, which lookups and aggregates read. */
    private static final com.fasterxml.jackson.databind.node.ObjectNode NAMED = named("Frivillighetssentralen");

    private static com.fasterxml.jackson.databind.node.ObjectNode named(String organisation) {
        var extra = new ObjectMapper().createObjectNode();
        extra.putArray("organisations").addObject().put("name", organisation);
        return extra;
    }

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() {
        String pdfText = "Drammen kommune Side 1 av 2\n" + LETTER.replace("koordinator, og", "koordina-\ntor, og")
                + "\nPostadresse Postboks 7500 Side 2 av 2";
        index = TestIndex.write(dir,
                TestIndex.doc("svar/letter.pdf", "reply", "Svar om frivillighetssentralen", LocalDate.of(2023, 3, 1),
                        pdfText, List.of("Frivillighetssentralen"), List.of(), NAMED),
                TestIndex.doc("svar/letter.docx", "reply", "Svar om frivillighetssentralen", LocalDate.of(2023, 3, 1),
                        LETTER, List.of("Frivillighetssentralen"), List.of(), NAMED),
                TestIndex.doc("innboks/resent.txt", "reply", "Svar om frivillighetssentralen", LocalDate.of(2023, 3, 1),
                        LETTER, List.of("Frivillighetssentralen"), List.of(), NAMED),
                TestIndex.doc("svar/hall.pdf", "reply", "Svar om idrettshallen", LocalDate.of(2023, 4, 1),
                        OTHER_LETTER, List.of("Frivillighetssentralen"), List.of(), NAMED));
    }

    @Test
    void nearlyTheSameTextIsOneWorkADifferentLetterIsNot() {
        int[] letter = WorkSignature.of(LETTER);
        assertTrue(WorkSignature.similarity(letter, WorkSignature.of("Side 1 av 2 " + LETTER + " Side 2 av 2"))
                >= WorkSignature.SAME_WORK);
        assertTrue(WorkSignature.similarity(letter, WorkSignature.of(OTHER_LETTER)) < 0.2);
    }

    @Test
    void searchFacetsAndCountsCountWorks() {
        try (IndexView view = index.openView()) {
            SearchPage page = view.search(SearchRequest.of("frivillighetssentralen OR idrettshallen", 10));
            assertEquals(2, page.total(), "two works, four documents");
            assertEquals(2, page.hits().size());
            SearchHit letter = page.hits().stream().filter(h -> h.title().contains("frivillighet")).findFirst().orElseThrow();
            assertEquals("innboks/resent.txt", letter.workId(), "the smallest id names the work");
            assertEquals(3, letter.renditions());
            assertEquals(List.of(new FacetCount("Frivillighetssentralen", 2)),
                    page.facets().get(IndexFields.ORGANISATION));
            assertEquals(List.of(new FacetCount("reply", 2)), page.facets().get(IndexFields.DOC_TYPE));
            assertEquals(Map.of("reply", 2L), view.counts(IndexFields.DOC_TYPE, 10));
            assertEquals(4, view.documentCount());
            assertEquals(2, view.workCount());
            assertEquals(List.of("innboks/resent.txt", "svar/letter.docx", "svar/letter.pdf"),
                    view.renditions("svar/letter.pdf").stream().map(SearchHit::id).toList());
            assertTrue(view.moreLikeThis("svar/letter.pdf", 5).orElseThrow().stream()
                    .noneMatch(h -> h.workId().equals("innboks/resent.txt")), "its own renditions are not 'similar'");
        }
    }

    @Test
    void lookupsListAWorkOnce() {
        try (IndexView view = index.openView()) {
            var profile = new EntityLookup(view).organisation("Frivillighetssentralen").orElseThrow();
            assertEquals(2, profile.documents().size(), profile.documents().toString());
        }
    }

    @Test
    void theExportKeepsEveryRenditionWithItsWorkAndAggregatesCountWorks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IndexView view = index.openView()) {
            new Exporter(ExportHeader.NONE).export(view, ExportFilter.ALL, ExportFormat.JSON, out);
        }
        JsonNode export = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(4, export.path("documents").size());
        for (JsonNode doc : export.path("documents")) {
            String expected = doc.path("id").asText().equals("svar/hall.pdf") ? "svar/hall.pdf" : "innboks/resent.txt";
            assertEquals(expected, doc.path("workId").asText(), doc.path("id").asText());
        }
        assertEquals(2, export.path("aggregates").path("documents").asInt());
        assertEquals(2, export.path("aggregates").path("organisations").get(0).path("documents").asInt());
    }

    @Test
    void aChangedRenditionLeavesItsWork() {
        try (IndexWriterSession writer = index.openWriter()) {
            writer.replaceGroup("innboks/resent.txt", List.of(TestIndex.doc("innboks/resent.txt", "reply",
                    "Noe helt annet", null, "Referat fra styremøte i velforeningen om brøyting og strøing av veiene.",
                    List.of(), List.of())));
            writer.groupWorks();
            writer.commit();
        }
        try (IndexView view = index.openView()) {
            assertEquals(List.of("svar/letter.docx", "svar/letter.pdf"),
                    view.renditions("svar/letter.pdf").stream().map(SearchHit::id).toList());
            assertEquals("svar/letter.docx", view.renditions("svar/letter.pdf").getFirst().workId());
            assertEquals(3, view.workCount());
        } finally {
            TestIndex.write(dir, TestIndex.doc("innboks/resent.txt", "reply", "Svar om frivillighetssentralen",
                    LocalDate.of(2023, 3, 1), LETTER, List.of("Frivillighetssentralen"), List.of(), NAMED));
        }
    }
}
