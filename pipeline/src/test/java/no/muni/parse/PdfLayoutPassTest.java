package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Paragraph;
import no.muni.model.ParsedContent;

class PdfLayoutPassTest {

    @TempDir
    Path tmp;

    private final ParsedPart tika = new ParsedPart(null, 0, new ParsedContent(List.of(new Paragraph("Tikas tekst")),
            "application/pdf", "Plan"), List.of());

    @Test
    void anUnreadableLayoutKeepsTikasBlocksWithAWarning() throws Exception {
        Path broken = Files.write(tmp.resolve("brutt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes());
        ParsedPart part = PdfLayoutPass.apply(broken, tika, 1_000_000);
        assertEquals(tika.content(), part.content());
        assertEquals(1, part.warnings().size());
        assertTrue(part.warnings().getFirst().startsWith("PDF layout not readable"), part.warnings().getFirst());
    }

    @Test
    void otherFormatsAreLeftAlone() throws Exception {
        ParsedPart html = new ParsedPart(null, 0, new ParsedContent(List.of(new Paragraph("Side")), "text/html", null),
                List.of());
        assertSame(html, PdfLayoutPass.apply(tmp.resolve("side.html"), html, 1_000_000));
    }
}
