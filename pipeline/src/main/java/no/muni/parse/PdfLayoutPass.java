package no.muni.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;

import no.muni.model.Block;
import no.muni.model.ParsedContent;
import no.muni.parse.pdf.PdfBlockReader;
import no.muni.parse.pdf.PdfLayout;

/**
 * A PDF's own blocks come from PDFBox's layout ({@link PdfBlockReader}), which keeps the headings,
 * tables and italics that Tika's PDF text loses; Tika still supplies the metadata, the embedded
 * documents and the limits. The layout is read from the document Tika's PDF parser has loaded
 * ({@link LayoutReadingPdfParser}), so each PDF is loaded once and its pages read once, and PDFs inside
 * archives and mails get their layout too. One pass per parse of a file: the parser records each PDF's
 * layout under a number in its metadata, and {@link BlockCollector} puts it in place of Tika's blocks.
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

    /**
     * The layout of one PDF: its blocks, or why they could not be read; complete when Tika's own pass over its
     * pages would add nothing to them.
     */
    private record Layout(List<Block> blocks, String unreadable, boolean complete) {
    }

    private final int maxChars;
    private final List<Layout> layouts = new ArrayList<>();

    PdfLayoutPass(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * Reads the layout of a PDF that Tika has loaded, before Tika reads its text.
     *
     * @param tikasPassAdds whether Tika's pass over the pages would add text or documents to this layout
     */
    void read(PDDocument document, Metadata metadata, Predicate<PdfLayout> tikasPassAdds) {
        PdfLayout read;
        try {
            read = PdfBlockReader.read(document, maxChars);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever PDFBox's layout pass trips over, Tika's text of the same file is still good.
            record(metadata, new Layout(null, ParseErrors.firstLine(String.valueOf(e.getMessage())), false));
            return;
        }
        record(metadata, new Layout(read.blocks(), null, !tikasPassAdds.test(read)));
    }

    private void record(Metadata metadata, Layout layout) {
        metadata.set(LAYOUT, layouts.size());
        layouts.add(layout);
    }

    /** Whether the PDF of this metadata has had its layout read. */
    boolean hasRead(Metadata metadata) {
        return metadata.getInt(LAYOUT) != null;
    }

    /** Whether the PDF's layout was read and Tika's pass over its pages would add nothing to it. */
    boolean complete(Metadata metadata) {
        Integer number = metadata.getInt(LAYOUT);
        return number != null && layouts.get(number).complete();
    }

    /** Gives a second parse of the same PDF the layout the first one read. */
    void carry(Metadata from, Metadata to) {
        Integer number = from.getInt(LAYOUT);
        if (number != null) {
            to.set(LAYOUT, number);
        }
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
        if (!layout.complete()
                && visibleChars(layout.blocks()) < TIKA_TEXT_SHARE * visibleChars(tika.content().blocks())) {
            return tika;
        }
        return new ParsedPart(tika.embeddedPath(), tika.depth(),
                new ParsedContent(layout.blocks(), PDF, tika.content().metadataTitle()), tika.warnings());
    }

    /** Whether text beside the pages' weighs so much that the layout would hold less than its share of Tika's. */
    static boolean outweighs(long otherChars, List<Block> layout) {
        long pages = visibleChars(layout);
        return pages < TIKA_TEXT_SHARE * (pages + otherChars);
    }

    private static long visibleChars(List<Block> blocks) {
        return blocks.stream().mapToLong(b -> visibleChars(b.text())).sum();
    }

    static long visibleChars(String text) {
        return text == null ? 0 : text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }
}
