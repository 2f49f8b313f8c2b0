package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

import no.muni.model.Paragraph;
import no.muni.model.ParsedContent;

class PdfLayoutPassTest {

    private final ParsedPart tika = new ParsedPart(null, 0, new ParsedContent(List.of(new Paragraph("Tikas tekst om planen")),
            "application/pdf", "Plan"), List.of());

    @Test
    void aReadLayoutReplacesTikasBlocks() throws Exception {
        PdfLayoutPass pass = new PdfLayoutPass(1_000_000);
        Metadata metadata = read(pass, "Planen for idrett og friluftsliv");
        ParsedPart part = pass.apply(tika, metadata);
        assertEquals(List.of(new Paragraph("Planen for idrett og friluftsliv")), part.content().blocks());
        assertEquals("Plan", part.content().metadataTitle());
    }

    @Test
    void anUnreadableLayoutKeepsTikasBlocksWithAWarning() throws Exception {
        PdfLayoutPass pass = new PdfLayoutPass(10); // more text than the layout pass may read
        Metadata metadata = read(pass, "Planen for idrett og friluftsliv");
        ParsedPart part = pass.apply(tika, metadata);
        assertEquals(tika.content(), part.content());
        assertEquals(1, part.warnings().size());
        assertTrue(part.warnings().getFirst().startsWith("PDF layout not readable"), part.warnings().getFirst());
    }

    @Test
    void aLayoutWithMuchLessTextThanTikasKeepsTikas() throws Exception {
        PdfLayoutPass pass = new PdfLayoutPass(1_000_000);
        Metadata metadata = read(pass, "Plan");
        assertSame(tika, pass.apply(tika, metadata));
    }

    @Test
    void aCompleteLayoutIsAllThereIs() throws Exception {
        PdfLayoutPass pass = new PdfLayoutPass(1_000_000);
        Metadata metadata = read(pass, "Plan", false);
        assertTrue(pass.complete(metadata));
        assertEquals(List.of(new Paragraph("Plan")), pass.apply(tika, metadata).content().blocks());
    }

    @Test
    void otherFormatsAndUnreadPdfsAreLeftAlone() {
        PdfLayoutPass pass = new PdfLayoutPass(1_000_000);
        ParsedPart html = new ParsedPart(null, 0, new ParsedContent(List.of(new Paragraph("Side")), "text/html", null),
                List.of());
        assertSame(html, pass.apply(html, new Metadata()));
        assertSame(tika, pass.apply(tika, new Metadata()));
    }

    private static Metadata read(PdfLayoutPass pass, String line) throws Exception {
        return read(pass, line, true);
    }

    private static Metadata read(PdfLayoutPass pass, String line, boolean tikasPassAdds) throws Exception {
        Metadata metadata = new Metadata();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(60, 700);
                content.showText(line);
                content.endText();
            }
            pass.read(document, metadata, layout -> tikasPassAdds);
        }
        return metadata;
    }
}
