package no.muni.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.muni.model.Block;
import no.muni.model.ParsedContent;
import no.muni.parse.pdf.PdfBlockReader;

/**
 * A PDF's own blocks come from PDFBox's layout ({@link PdfBlockReader}), which keeps the headings,
 * tables and italics that Tika's PDF text loses; Tika still supplies the metadata, the embedded
 * documents and the limits. A PDF whose layout cannot be read keeps Tika's blocks (re-read by
 * {@link LineLayout}) with a warning, so a broken file never does worse than before. So does a PDF
 * whose pages hold much less text than Tika found: Tika also reads form fields, bookmarks and
 * annotations, and there they are the content. And so does a PDF with pages read by OCR: their
 * text exists only in Tika's parse.
 */
final class PdfLayoutPass {

    static final String PDF = "application/pdf";
    private static final double TIKA_TEXT_SHARE = 0.8;

    private PdfLayoutPass() {
    }

    private static long visibleChars(List<Block> blocks) {
        return blocks.stream().mapToLong(b -> b.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
    }

    static ParsedPart apply(Path file, ParsedPart tika, int maxChars) {
        if (!PDF.equals(tika.content().mediaType()) || tika.ocrPages() > 0) {
            return tika;
        }
        List<String> warnings = new ArrayList<>(tika.warnings());
        try {
            List<Block> blocks = PdfBlockReader.read(file, maxChars);
            if (visibleChars(blocks) < TIKA_TEXT_SHARE * visibleChars(tika.content().blocks())) {
                return tika;
            }
            return new ParsedPart(tika.embeddedPath(), tika.depth(),
                    new ParsedContent(blocks, PDF, tika.content().metadataTitle()), warnings);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever PDFBox's layout pass trips over, Tika's text of the same file is still good.
            warnings.add("PDF layout not readable (" + ParseErrors.firstLine(String.valueOf(e.getMessage()))
                    + "); structure read from the text lines only");
            return new ParsedPart(tika.embeddedPath(), tika.depth(), tika.content(), warnings, tika.ocrPages());
        }
    }
}
