package no.muni.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;

import no.muni.model.Block;
import no.muni.model.ParsedContent;
import no.muni.parse.pdf.PdfBlockReader;

/**
 * A PDF's own blocks come from PDFBox's layout ({@link PdfBlockReader}), which keeps the headings,
 * tables and italics that Tika's PDF text loses; Tika still supplies the metadata, the embedded
 * documents and the limits. The layout is read from the document Tika's PDF parser has loaded
 * ({@link LayoutReadingPdfParser}), so each PDF is loaded once, and PDFs inside archives and mails
 * get their layout too. One pass per parse of a file: the parser records each PDF's layout under
 * an number in its metadata, and {@link BlockCollector} puts it in place of Tika's blocks.
 *
 * <p>A PDF whose layout cannot be read keeps Tika's blocks (re-read by {@link LineLayout}) with a
 * warning, so a broken file never does worse than before. So does a PDF whose pages hold much less
 * text than Tika found: Tika also reads form fields, bookmarks and annotations, and there they are
 * the content. And so does a PDF with pages read by OCR: their text exists only in Tika's parse.
 */
final class PdfLayoutPass {

    static final String PDF = "application/pdf";
    private static final double TIKA_TEXT_SHARE = 0.8;
    private static final Property LAYOUT = Property.internalInteger("muni:pdf-layout");

    /** The layout of one PDF: its blocks, or why they could not be read. */
    private record Layout(List<Block> blocks, String unreadable) {
    }

    private final int maxChars;
    private final List<Layout> layouts = new ArrayList<>();

    PdfLayoutPass(int maxChars) {
        this.maxChars = maxChars;
    }

    /** Reads the layout of a PDF that Tika has loaded, before Tika reads its text. */
    void read(PDDocument document, Metadata metadata) {
        Layout layout;
        try {
            layout = new Layout(PdfBlockReader.read(document, maxChars), null);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever PDFBox's layout pass trips over, Tika's text of the same file is still good.
            layout = new Layout(null, ParseErrors.firstLine(String.valueOf(e.getMessage())));
        }
        metadata.set(LAYOUT, layouts.size());
        layouts.add(layout);
    }

    /** The part with its PDF layout's blocks where they were read and are as complete as Tika's text. */
    ParsedPart apply(ParsedPart tika, Metadata metadata) {
        Integer number = metadata.getInt(LAYOUT);
        if (!PDF.equals(tika.content().mediaType()) || tika.ocrPages() > 0 || number == null) {
            return tika;
        }
        Layout layout = layouts.get(number);
        if (layout.blocks() == null) {
            List<String> warnings = new ArrayList<>(tika.warnings());
            warnings.add("PDF layout not readable (" + layout.unreadable() + "); structure read from the text lines only");
            return new ParsedPart(tika.embeddedPath(), tika.depth(), tika.content(), warnings, tika.ocrPages());
        }
        if (visibleChars(layout.blocks()) < TIKA_TEXT_SHARE * visibleChars(tika.content().blocks())) {
            return tika;
        }
        return new ParsedPart(tika.embeddedPath(), tika.depth(),
                new ParsedContent(layout.blocks(), PDF, tika.content().metadataTitle()), tika.warnings());
    }

    private static long visibleChars(List<Block> blocks) {
        return blocks.stream().mapToLong(b -> b.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
    }
}
