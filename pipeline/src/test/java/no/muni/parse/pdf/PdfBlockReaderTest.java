package no.muni.parse.pdf;

import static no.muni.parse.pdf.TestPdf.BOLD;
import static no.muni.parse.pdf.TestPdf.ITALIC;
import static no.muni.parse.pdf.TestPdf.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.ParsedContent;
import no.muni.model.Policy.Goal;
import no.muni.model.Table;
import no.muni.structure.DocumentStructurer;

/**
 * A plan from another municipality than the corpus's, laid out as a word processor sets it: a
 * running header and page numbers, a title wrapped over two lines, numbered headings, hanging
 * bullets, an italic document title in running text, a three-column table without rules or row
 * padding, and a paragraph that goes on across the page break.
 */
class PdfBlockReaderTest {

    private static final float BODY = 10.5f;
    private static List<Block> blocks;

    @BeforeAll
    static void readPlan(@TempDir Path tmp) throws IOException {
        TestPdf pdf = new TestPdf().page();
        furniture(pdf, 1);
        pdf.text(60, 100, BOLD, 20, "Handlingsplan for idrett og fysisk")
                .text(60, 124, BOLD, 20, "aktivitet 2024–2027")
                .text(60, 152, REGULAR, BODY, "Vedtatt i kommunestyret 12. mars 2024")
                .text(60, 190, BOLD, 14, "1. Innledning")
                .text(60, 212, REGULAR, BODY, "Planen viser hvordan kommunen vil legge til rette for idrett, friluftsliv og egenorganisert")
                .line(60, 226, BODY, REGULAR, "aktivitet i perioden. Den bygger på kommuneplanens samfunnsdel ", ITALIC, "Tromsø mot 2030",
                        REGULAR, " og på innspill fra")
                .text(60, 240, REGULAR, BODY, "Tromsø idrettsråd.")
                .text(60, 262, REGULAR, BODY, "Kommunen vil:")
                .text(72, 280, REGULAR, BODY, "•").text(84, 280, REGULAR, BODY, "Bygge to nye flerbrukshaller innen 2026.")
                .text(72, 298, REGULAR, BODY, "•")
                .text(84, 298, REGULAR, BODY, "Holde skoleanlegg åpne for lag og foreninger på kveldstid og i helger, også i")
                .text(84, 312, REGULAR, BODY, "skoleferiene.")
                .text(72, 330, REGULAR, BODY, "•")
                .line(84, 330, BODY, REGULAR, "Gi tilskudd til ", ITALIC, "Aktivitetsguiden", REGULAR, " for barn og unge.")
                .text(60, 370, BOLD, 14, "2. Mål og strategier")
                .text(60, 392, REGULAR, BODY, "Tabellen viser planens innsatsområder.");
        row(pdf, 416, BOLD, "Innsatsområde", "Mål", "Strategier");
        row(pdf, 428, REGULAR, "Barn og unge", "Flere barn deltar i organisert", "Redusere egenandeler i");
        row(pdf, 440, REGULAR, "", "idrett.", "barneidretten.");
        row(pdf, 452, REGULAR, "Friluftsliv", "Alle bor nær en tursti.", "Merke og skilte 40 km turstier");
        row(pdf, 464, REGULAR, "", "", "i bydelene.");
        row(pdf, 476, REGULAR, "Eldre", "Flere eldre er fysisk aktive.", "Samarbeide med pensjonistforeningene");
        row(pdf, 488, REGULAR, "", "", "om turgrupper.");
        pdf.text(60, 730, BOLD, 14, "3. Oppfølging")
                .text(60, 752, REGULAR, BODY, "Planen rulleres hvert fjerde år. Tiltakene i handlingsdelen følges opp i")
                .page();
        furniture(pdf, 2);
        pdf.text(60, 90, REGULAR, BODY, "økonomiplanen og rapporteres i årsmeldingen.")
                .text(60, 130, BOLD, 12, "Vedlegg")
                .text(60, 150, REGULAR, BODY, "Anleggsoversikt 2024")
                .text(60, 166, REGULAR, BODY, "Innspill fra Tromsø idrettsråd");
        blocks = PdfBlockReader.read(pdf.save(tmp.resolve("handlingsplan.pdf")), 1_000_000);
    }

    private static void furniture(TestPdf pdf, int page) {
        pdf.text(60, 40, REGULAR, 8, "Tromsø kommune").text(400, 40, REGULAR, 8, "Handlingsplan for idrett 2024–2027")
                .text(270, 800, REGULAR, 8, "Side " + page + " av 2");
    }

    private static void row(TestPdf pdf, float y, org.apache.pdfbox.pdmodel.font.PDType1Font font, String... cells) {
        float[] x = {60, 190, 360};
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                pdf.text(x[i], y, font, 9.5f, cells[i]);
            }
        }
    }

    @Test
    void layoutBecomesHeadingsParagraphsListsTablesAndFurniture() {
        List<Block> expected = List.of(
                new Paragraph("Tromsø kommune"), new Paragraph("Handlingsplan for idrett 2024–2027"),
                new Heading(1, null, "Handlingsplan for idrett og fysisk aktivitet 2024–2027"),
                new Paragraph("Vedtatt i kommunestyret 12. mars 2024"),
                new Heading(1, "1", "Innledning"),
                new Paragraph("Planen viser hvordan kommunen vil legge til rette for idrett, friluftsliv og egenorganisert "
                        + "aktivitet i perioden. Den bygger på kommuneplanens samfunnsdel Tromsø mot 2030 og på innspill "
                        + "fra Tromsø idrettsråd.", List.of("Tromsø mot 2030")),
                new Paragraph("Kommunen vil:"),
                new ListItem("•", 1, "Bygge to nye flerbrukshaller innen 2026."),
                new ListItem("•", 1, "Holde skoleanlegg åpne for lag og foreninger på kveldstid og i helger, også i skoleferiene."),
                new ListItem("•", 1, "Gi tilskudd til Aktivitetsguiden for barn og unge.", List.of("Aktivitetsguiden")),
                new Heading(1, "2", "Mål og strategier"),
                new Paragraph("Tabellen viser planens innsatsområder."),
                new Table(List.of(
                        row("Innsatsområde", "Mål", "Strategier"),
                        row("Barn og unge", "Flere barn deltar i organisert idrett.", "Redusere egenandeler i barneidretten."),
                        row("Friluftsliv", "Alle bor nær en tursti.", "Merke og skilte 40 km turstier i bydelene."),
                        row("Eldre", "Flere eldre er fysisk aktive.", "Samarbeide med pensjonistforeningene om turgrupper."))),
                new Heading(1, "3", "Oppfølging"),
                new Paragraph("Planen rulleres hvert fjerde år. Tiltakene i handlingsdelen følges opp i økonomiplanen og "
                        + "rapporteres i årsmeldingen."),
                new Paragraph("Side 1 av 2"),
                new PageBreak(2),
                new Paragraph("Tromsø kommune"), new Paragraph("Handlingsplan for idrett 2024–2027"),
                new Heading(3, null, "Vedlegg"),
                new Paragraph("Anleggsoversikt 2024"),
                new Paragraph("Innspill fra Tromsø idrettsråd"),
                new Paragraph("Side 2 av 2"));
        assertEquals(expected, blocks);
    }

    @Test
    void theStructureStageReadsGoalsAndReferencesFromTheLayout() {
        DocumentStructure plan = DocumentStructurer.standard().extract(new ParsedContent(blocks, "application/pdf", null));
        assertEquals("Handlingsplan for idrett og fysisk aktivitet 2024–2027", plan.title());
        assertEquals(List.of(
                new Goal("Barn og unge", "Flere barn deltar i organisert idrett.", List.of("Redusere egenandeler i barneidretten.")),
                new Goal("Friluftsliv", "Alle bor nær en tursti.", List.of("Merke og skilte 40 km turstier i bydelene.")),
                new Goal("Eldre", "Flere eldre er fysisk aktive.", List.of("Samarbeide med pensjonistforeningene om turgrupper."))),
                plan.policy().goals());
        assertEquals(List.of("Barn og unge", "Friluftsliv", "Eldre"), plan.policy().policyAreas());
        assertEquals(List.of("Tromsø mot 2030"), plan.references());
    }

    private static Table.Row row(String... cells) {
        return new Table.Row(java.util.Arrays.stream(cells)
                .map(c -> new Table.Cell(List.of(new Paragraph(c)))).toList());
    }
}
