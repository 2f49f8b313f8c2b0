package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.parse.OcrOptions;
import no.muni.parse.Tesseract;

/**
 * A scanned letter goes through {@code muni ingest} (parsed and OCR'd in a child JVM) into the
 * export marked as OCR'd, and the run report counts its page; with {@code --ocr off} it is
 * reported as needing OCR, and read by the next run with OCR (issue #14, item 1).
 */
class ScannedIngestTest {

    @TempDir
    Path tmp;

    /** Skips the test with the reason where Tesseract or its Norwegian pack is missing, fails it in CI. */
    static void needsTesseract() {
        Optional<String> missing = Tesseract.missing(OcrOptions.defaults().languages());
        if (missing.isPresent() && System.getenv("CI") == null) {
            Assumptions.abort("skipped: " + missing.get() + " (" + Tesseract.INSTALL_HINT + "; .ci/run does it)");
        }
        assertTrue(missing.isEmpty(), "CI must have Tesseract with Norwegian (.ci/run installs it)");
    }

    @Test
    void aScannedLetterIsReadMarkedAndCounted() throws IOException {
        needsTesseract();
        Path docs = Files.createDirectories(tmp.resolve("post"));
        scannedLetter(docs.resolve("brev.pdf"));
        Path index = tmp.resolve("index");
        CliRun off = CliRun.of("ingest", docs.toString(), "--index", index.toString(), "--quiet", "--ocr", "off");
        assertEquals(ExitCodes.SOME_FAILED, off.exitCode());
        assertTrue(off.err().contains("brev.pdf: needs OCR: PDF without a text layer"), off.err());

        // the failure lay in the setup, not the bytes: the next run with OCR reads the file
        CliRun run = CliRun.of("ingest", docs.toString(), "--index", index.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 new") && run.out().contains("OCR: 1 pages in 1 files"), run.out());

        List<JsonNode> documents = Exports.documents(index);
        assertEquals(1, documents.size());
        JsonNode letter = documents.getFirst();
        assertTrue(letter.path("ocr").asBoolean(), letter.toString());
        assertEquals(1, letter.path("ocrPages").asInt());
        assertEquals("Svar på spørsmål om skoleskyss", letter.path("title").asText());
        assertTrue(letter.path("text").asText().contains("Frivilligsentralen"), letter.path("text").asText());
        assertEquals(1, IngestEndToEndTest.lastReport(index).path("ocr").path("pages").asInt());
    }

    /** A letter typed in Helvetica, then printed and scanned: one grey 200 dpi image per page, no text layer. */
    static void scannedLetter(Path file) throws IOException {
        try (PDDocument typed = new PDDocument(); PDDocument scan = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            typed.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(typed, page)) {
                line(out, bold, 16, 72, top - 90, "Svar på spørsmål om skoleskyss");
                line(out, regular, 12, 72, top - 130, "Kommunen har mottatt spørsmålet om skoleskyss for elever");
                line(out, regular, 12, 72, top - 146, "som bor langs fylkesveien. Ordningen gjelder fra høsten.");
                line(out, regular, 12, 72, top - 176, "Frivilligsentralen vil hjelpe til med følge til bussen.");
            }
            BufferedImage image = new PDFRenderer(typed).renderImageWithDPI(0, 200, ImageType.GRAY);
            PDPage scanned = new PDPage(PDRectangle.A4);
            scan.addPage(scanned);
            try (PDPageContentStream out = new PDPageContentStream(scan, scanned)) {
                out.drawImage(LosslessFactory.createFromImage(scan, image), 0, 0,
                        scanned.getMediaBox().getWidth(), scanned.getMediaBox().getHeight());
            }
            scan.save(file.toFile());
        }
    }

    private static void line(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
