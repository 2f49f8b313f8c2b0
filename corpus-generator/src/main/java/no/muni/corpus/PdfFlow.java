package no.muni.corpus;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A minimal top-to-bottom text flow on PDF pages: word-wrapped paragraphs (measured with the real
 * font metrics), hanging labels for list items, ruled tables, automatic page breaks, and a footer
 * drawn on every page. Enough to make PDFs that look and extract like word-processor output.
 *
 * <p>Fonts are the Standard 14 Helvetica family with WinAnsiEncoding, which covers every character in
 * the seeds (æøå ÆØÅ é «» – • ’). PDFBox throws on a character outside WinAnsi, so a new seed with
 * such a character fails loudly instead of silently losing text.
 */
final class PdfFlow {

    static final PDFont REGULAR = new PDType1Font(FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    static final PDFont BOLD_ITALIC = new PDType1Font(FontName.HELVETICA_BOLD_OBLIQUE);

    /** Paints what repeats on each page (letterhead footer); called once per page, after the body. */
    interface PageDecoration {
        void paint(PDPageContentStream cs, PDRectangle page) throws IOException;
    }

    /** How a paragraph is set: font size, line distance, left indent, hanging label width, spacing. */
    record Style(float size, float leading, float indent, float labelWidth, float spaceBefore, float spaceAfter) {

        Style indented(float by) {
            return new Style(size, leading, indent + by, labelWidth, spaceBefore, spaceAfter);
        }

        Style withLabel(float width) {
            return new Style(size, leading, indent, width, spaceBefore, spaceAfter);
        }

        Style spacing(float before, float after) {
            return new Style(size, leading, indent, labelWidth, before, after);
        }
    }

    private record Frag(String text, PDFont font) {
    }

    /** A word: fragments between spaces, possibly in different fonts ("*Fritidskassa*," = italic + plain). */
    private record Word(List<Frag> frags) {
    }

    private final PDDocument doc;
    private final PDRectangle pageSize;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final PageDecoration decoration;
    private PDPageContentStream cs;
    private float y;

    PdfFlow(PDDocument doc, PDRectangle pageSize, float left, float right, float top, float bottom,
            PageDecoration decoration) {
        this.doc = doc;
        this.pageSize = pageSize;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.decoration = decoration;
    }

    float textWidth() {
        return pageSize.getWidth() - left - right;
    }

    static PDFont font(Run run) {
        if (run.bold()) {
            return run.italic() ? BOLD_ITALIC : BOLD;
        }
        return run.italic() ? ITALIC : REGULAR;
    }

    static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    void paragraph(List<Run> runs, Style style) throws IOException {
        labelled(null, runs, style);
    }

    /**
     * Starts a new page unless {@code height} points still fit. Used to keep a heading together with
     * the first lines of what follows it, as a word processor's keep-with-next does.
     */
    void keepTogether(float height) throws IOException {
        if (cs == null || y - height < bottom) {
            newPage();
        }
    }

    /** A paragraph whose first line starts with {@code label} ("1)", "a)", "4.2.") hanging in the margin. */
    void labelled(Run label, List<Run> runs, Style style) throws IOException {
        if (cs == null) {
            newPage();
        } else if (y < pageSize.getHeight() - top) {
            y -= style.spaceBefore();
        }
        float x = left + style.indent() + style.labelWidth();
        List<List<Word>> lines = wrap(words(runs, style.size()), pageSize.getWidth() - right - x, style.size());
        if (lines.isEmpty()) {
            lines = List.of(List.of()); // an empty list item still occupies its line
        }
        for (int i = 0; i < lines.size(); i++) {
            if (y - style.leading() < bottom) {
                newPage();
            }
            float baseline = y - style.size();
            if (i == 0 && label != null) {
                drawLine(List.of(new Word(List.of(new Frag(label.text(), font(label))))), left + style.indent(),
                        baseline, style.size());
            }
            drawLine(lines.get(i), x, baseline, style.size());
            y -= style.leading();
        }
        y -= style.spaceAfter();
    }

    /**
     * A table with a border around every cell. A table that fits on one page is kept on one page (moved
     * to the next page whole if need be); a longer one breaks between rows, never inside a row, as Word
     * does with "allow row to break across pages" off.
     */
    void table(float[] columns, List<List<List<Run>>> rows, int headerRows, Style style, float padding,
               Color headerFill) throws IOException {
        List<List<List<List<Word>>>> wrapped = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        float total = 0;
        for (List<List<Run>> row : rows) {
            List<List<List<Word>>> cells = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < columns.length; c++) {
                List<Run> content = c < row.size() ? row.get(c) : List.of();
                List<List<Word>> lines = wrap(words(content, style.size()), columns[c] - 2 * padding, style.size());
                cells.add(lines);
                maxLines = Math.max(maxLines, lines.size());
            }
            wrapped.add(cells);
            float height = maxLines * style.leading() + 2 * padding;
            heights.add(height);
            total += height;
        }
        if (total <= pageSize.getHeight() - top - bottom) {
            keepTogether(style.spaceBefore() + total);
        }
        y -= style.spaceBefore();
        for (int r = 0; r < rows.size(); r++) {
            float height = heights.get(r);
            if (y - height < bottom) {
                newPage();
            }
            float x = left;
            for (int c = 0; c < columns.length; c++) {
                if (r < headerRows && headerFill != null) {
                    cs.setNonStrokingColor(headerFill);
                    cs.addRect(x, y - height, columns[c], height);
                    cs.fill();
                    cs.setNonStrokingColor(Color.BLACK);
                }
                float baseline = y - padding - style.size();
                for (List<Word> line : wrapped.get(r).get(c)) {
                    drawLine(line, x + padding, baseline, style.size());
                    baseline -= style.leading();
                }
                cs.setLineWidth(0.6f);
                cs.addRect(x, y - height, columns[c], height);
                cs.stroke();
                x += columns[c];
            }
            y -= height;
        }
        y -= style.spaceAfter();
    }

    /** Closes the last page; returns the number of pages drawn. */
    int finish() throws IOException {
        if (cs != null) {
            closePage();
        }
        return doc.getNumberOfPages();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            closePage();
        }
        PDPage page = new PDPage(pageSize);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = pageSize.getHeight() - top;
    }

    private void closePage() throws IOException {
        if (decoration != null) {
            decoration.paint(cs, pageSize);
        }
        cs.close();
        cs = null;
    }

    private static List<Word> words(List<Run> runs, float size) {
        List<Word> words = new ArrayList<>();
        List<Frag> current = new ArrayList<>();
        for (Run run : runs) {
            PDFont font = font(run);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char ch = run.text().charAt(i);
                if (ch == ' ') {
                    if (!sb.isEmpty()) {
                        current.add(new Frag(sb.toString(), font));
                        sb.setLength(0);
                    }
                    if (!current.isEmpty()) {
                        words.add(new Word(current));
                        current = new ArrayList<>();
                    }
                } else {
                    sb.append(ch);
                }
            }
            if (!sb.isEmpty()) {
                current.add(new Frag(sb.toString(), font));
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(current));
        }
        return words;
    }

    private static float width(Word word, float size) throws IOException {
        float w = 0;
        for (Frag f : word.frags()) {
            w += width(f.text(), f.font(), size);
        }
        return w;
    }

    /** Greedy line filling; a word wider than the line gets a line of its own rather than being cut. */
    private static List<List<Word>> wrap(List<Word> words, float maxWidth, float size) throws IOException {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float lineWidth = 0;
        float space = width(" ", REGULAR, size);
        for (Word word : words) {
            float w = width(word, size);
            if (!line.isEmpty() && lineWidth + space + w > maxWidth) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
            }
            lineWidth += (line.isEmpty() ? 0 : space) + w;
            line.add(word);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** Draws one line; the spaces are real space characters so text extraction gets words, not glyph soup. */
    private void drawLine(List<Word> line, float x, float baseline, float size) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        PDFont current = null;
        for (int i = 0; i < line.size(); i++) {
            for (int j = 0; j < line.get(i).frags().size(); j++) {
                Frag f = line.get(i).frags().get(j);
                if (f.font() != current) {
                    cs.setFont(f.font(), size);
                    current = f.font();
                }
                cs.showText(i > 0 && j == 0 ? " " + f.text() : f.text());
            }
        }
        cs.endText();
    }
}
