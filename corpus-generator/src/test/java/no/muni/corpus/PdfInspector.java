package no.muni.corpus;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Looks at where and in which font PDF text was drawn: what Tika's text output cannot show. */
final class PdfInspector {

    /** A piece of text as PDFBox extracted it, with the font and size of its first glyph. */
    record Chunk(int page, String text, String font, float size) {
    }

    private PdfInspector() {
    }

    static List<Chunk> chunks(Path pdf) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    TextPosition first = positions.getFirst();
                    chunks.add(new Chunk(getCurrentPageNo(), text, first.getFont().getName(), first.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        return chunks;
    }

    /** The font of the first glyph of {@code word} wherever it is drawn. */
    static String fontOf(Path pdf, String word) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    int at = text.indexOf(word);
                    if (at >= 0 && at < positions.size()) {
                        fonts.add(positions.get(at).getFont().getName());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(doc);
        }
        if (fonts.isEmpty()) {
            throw new AssertionError(word + " not found in " + pdf);
        }
        return fonts.getFirst();
    }

    /** Text in the band of page {@code page} (1-based) between {@code fromTop} and {@code toTop}, as fractions of the height. */
    static String band(Path pdf, int page, double fromTop, double toTop) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var media = doc.getPage(page - 1).getMediaBox();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("band", new Rectangle2D.Double(0, media.getHeight() * fromTop, media.getWidth(),
                    media.getHeight() * (toTop - fromTop)));
            stripper.extractRegions(doc.getPage(page - 1));
            return stripper.getTextForRegion("band");
        }
    }
}
