package no.muni.parse.pdf;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects a PDF's text as positioned, styled lines. PDFBox's stripper sorts the glyphs by position
 * and groups them into lines; each line is cut into chunks wherever the gap between two glyphs is
 * wider than any word space, which is where hanging labels and table columns begin.
 * One instance per document.
 */
final class LayoutStripper extends PDFTextStripper {

    /** Word spaces stay well under this, even in justified lines; cell padding and label tabs exceed it. */
    private static final float COLUMN_GAP_EM = 0.8f;
    /** A gap this wide between glyphs is a space the PDF did not draw as a glyph. */
    private static final float WORD_GAP_EM = 0.15f;

    private final int maxChars;
    private final Map<PDFont, FontStyle> styles = new IdentityHashMap<>();
    private final List<PdfPage> pages = new ArrayList<>();
    private final List<PdfLine> pageLines = new ArrayList<>();
    private final List<TextPosition> line = new ArrayList<>();
    private float pageHeight;
    private int chars;
    private int pageGlyphs;
    private int pageUnmappedGlyphs;

    private LayoutStripper(int maxChars) throws IOException {
        this.maxChars = maxChars;
        setSortByPosition(true);
    }

    /**
     * The document's pages as lines.
     *
     * @throws IOException when the PDF cannot be read, its text exceeds {@code maxChars}, or the
     *                     thread is interrupted (the parse ran out of time)
     */
    static List<PdfPage> read(PDDocument document, int maxChars) throws IOException {
        LayoutStripper stripper = new LayoutStripper(maxChars);
        stripper.writeText(document, Writer.nullWriter());
        return List.copyOf(stripper.pages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        PDRectangle box = page.getCropBox();
        pageHeight = page.getRotation() % 180 == 0 ? box.getHeight() : box.getWidth();
        pageLines.clear();
        line.clear();
        pageGlyphs = 0;
        pageUnmappedGlyphs = 0;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        pages.add(new PdfPage(getCurrentPageNo(), pageHeight, pageLines, new TextLayer(pageGlyphs, pageUnmappedGlyphs)));
    }

    /** Counts every glyph drawn, as Tika's PDF parser does to decide whether a page needs OCR. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        pageGlyphs++;
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            pageUnmappedGlyphs++;
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        line.addAll(textPositions);
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        endLine();
    }

    @Override
    protected void writeWordSeparator() {
        // Gaps are measured from the glyphs themselves.
    }

    private void endLine() throws IOException {
        if (line.isEmpty()) {
            return;
        }
        List<PdfChunk> chunks = chunks(line);
        if (!chunks.isEmpty()) {
            pageLines.add(new PdfLine(getCurrentPageNo(), line.getFirst().getYDirAdj(), chunks));
            chars += chunks.stream().mapToInt(c -> c.text().length()).sum();
            if (chars > maxChars) {
                throw new IOException("more text than the limit of " + maxChars + " characters");
            }
        }
        line.clear();
    }

    private List<PdfChunk> chunks(List<TextPosition> positions) {
        List<PdfChunk> chunks = new ArrayList<>();
        ChunkDraft draft = null;
        boolean space = false;
        for (TextPosition p : positions) {
            String glyph = glyphText(p.getUnicode());
            if (glyph.isBlank()) {
                space = true;
                continue;
            }
            float size = size(p);
            FontStyle style = styles.computeIfAbsent(p.getFont(), FontStyle::of);
            if (draft != null) {
                float gap = p.getXDirAdj() - draft.x1;
                if (gap > COLUMN_GAP_EM * Math.max(size, draft.lastSize)) {
                    chunks.add(draft.build());
                    draft = null;
                } else if (space || gap > WORD_GAP_EM * size) {
                    draft.space();
                }
            }
            if (draft == null) {
                draft = new ChunkDraft(p.getXDirAdj());
            }
            draft.add(glyph, style, p.getXDirAdj() + p.getWidthDirAdj(), size);
            space = false;
        }
        if (draft != null) {
            chunks.add(draft.build());
        }
        return chunks;
    }

    private static float size(TextPosition p) {
        float size = p.getFontSizeInPt();
        return size > 0.5f ? size : Math.max(1f, p.getHeightDir());
    }

    /**
     * Symbol and Wingdings bullets come out as private-use characters; presentation forms
     * (ligatures "ﬁ", "ﬂ") as single code points that no word is spelt with.
     */
    private static String glyphText(String unicode) {
        if (unicode == null || unicode.isEmpty()) {
            return "";
        }
        char c = unicode.charAt(0);
        if (c >= '\uE000' && c <= '\uF8FF') {
            return "•";
        }
        if (c >= '\uFB00' && c <= '\uFB4F') {
            return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
        }
        return unicode;
    }

    /** A chunk being built: its runs, where it ends, and the size most of its characters have. */
    private static final class ChunkDraft {
        private final float x0;
        private final List<PdfRun> runs = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private final Map<Float, Integer> sizes = new HashMap<>();
        private FontStyle runStyle;
        private float x1;
        private float lastSize;
        private float firstWordEnd = Float.NaN;

        ChunkDraft(float x0) {
            this.x0 = x0;
            this.x1 = x0;
        }

        void add(String glyph, FontStyle style, float right, float size) {
            if (runStyle != null && !runStyle.equals(style)) {
                endRun();
            }
            runStyle = style;
            run.append(glyph);
            x1 = Math.max(x1, right);
            lastSize = size;
            sizes.merge(Math.round(size * 2) / 2f, glyph.length(), Integer::sum);
        }

        void space() {
            if (Float.isNaN(firstWordEnd)) {
                firstWordEnd = x1;
            }
            run.append(' ');
        }

        private void endRun() {
            if (!run.isEmpty()) {
                runs.add(new PdfRun(run.toString(), runStyle.bold(), runStyle.italic()));
                run.setLength(0);
            }
        }

        PdfChunk build() {
            endRun();
            float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(lastSize);
            return new PdfChunk(x0, x1, size, Float.isNaN(firstWordEnd) ? x1 : firstWordEnd, runs);
        }
    }
}
