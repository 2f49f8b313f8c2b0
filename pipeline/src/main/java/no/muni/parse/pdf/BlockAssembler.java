package no.muni.parse.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;

/**
 * Turns lines of running text into headings, paragraphs and list items. A line goes on with the
 * block above when it keeps its size and alignment, stands at the paragraph's line spacing and
 * either starts with a word that would not have fitted on the line above (the writer's program
 * wrapped it) or goes on in lowercase after an unfinished sentence. A line in a heading's look
 * (see {@link LayoutMetrics#prominent}) that reads like a title is a heading; a line opening with a
 * label is a list item, its depth from the label's indentation. Blocks that stand outside the
 * text flow (page furniture, page breaks) wait until the open block ends, since a paragraph
 * broken by a page end goes on on the next page. One instance per block sequence.
 */
final class BlockAssembler {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");
    private static final Pattern NOT_A_TITLE_END = Pattern.compile("[.,;:]$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)[.)]?$");
    private static final int MAX_HEADING_LENGTH = 200;
    /** Space between words, and tolerance of alignment, in ems of the line's size. */
    private static final float SPACE_EM = 0.3f;
    private static final float ALIGN_EM = 0.6f;
    private static final float FIRST_LINE_INDENT_EM = 4f;

    private final LayoutMetrics metrics;
    private final float rightEdge;
    private final boolean headings;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block> waiting = new ArrayList<>();
    private final Deque<Float> listIndents = new ArrayDeque<>();
    private Draft open;

    /**
     * @param rightEdge where the text column ends, to tell a wrapped line from a short one
     * @param headings  false inside table cells, whose bold captions are not the document's outline
     */
    BlockAssembler(LayoutMetrics metrics, float rightEdge, boolean headings) {
        this.metrics = metrics;
        this.rightEdge = rightEdge;
        this.headings = headings;
    }

    void line(PdfLine line) {
        Optional<LineLabel> label = LineLabel.of(line);
        boolean prominent = headings && metrics.prominent(line);
        if (open != null && label.isEmpty() && continues(line, prominent)) {
            open.add(line);
            return;
        }
        close();
        open = new Draft(line, label.orElse(null), prominent);
    }

    /** A block of its own, such as a table: it ends the open block. */
    void block(Block block) {
        close();
        blocks.add(block);
    }

    /** Furniture and page breaks: placed after the open block, which may go on after them. */
    void outsideFlow(List<Block> furniture) {
        if (open == null) {
            blocks.addAll(furniture);
        } else {
            waiting.addAll(furniture);
        }
    }

    List<Block> finish() {
        close();
        return List.copyOf(blocks);
    }

    private boolean continues(PdfLine line, boolean prominent) {
        PdfLine last = open.last;
        if (Math.abs(line.size() - last.size()) >= 0.5f || line.bold() != last.bold() && open.prominent) {
            return false;
        }
        if (line.page() != last.page()) {
            return !open.prominent && !prominent && unfinished(last) && startsLowercase(line);
        }
        float gap = line.y() - last.y();
        if (gap <= 0 || gap > metrics.maxLineGap(line.size()) || !aligned(line)) {
            return false;
        }
        if (open.prominent) {
            return prominent;
        }
        boolean lowercase = startsLowercase(line);
        if (prominent && !lowercase) {
            return false;
        }
        return wouldNotFit(last, line) || (lowercase && unfinished(last));
    }

    /** Under the text of a list item; flush with a paragraph's lines, or under its indented first line. */
    private boolean aligned(PdfLine line) {
        float tolerance = ALIGN_EM * line.size();
        if (open.label != null) {
            return line.x0() >= open.textX - tolerance;
        }
        float dx = open.last.x0() - line.x0();
        return Math.abs(dx) <= tolerance
                || (open.lines == 1 && dx > 0 && dx <= FIRST_LINE_INDENT_EM * line.size());
    }

    /** The line's first word would not have fitted at the end of the line above: the line was wrapped. */
    private boolean wouldNotFit(PdfLine above, PdfLine line) {
        float size = line.size();
        return above.x1() + SPACE_EM * size + line.chunks().getFirst().firstWordWidth() > rightEdge - ALIGN_EM * size;
    }

    private static boolean unfinished(PdfLine line) {
        return !SENTENCE_END.matcher(line.text()).find();
    }

    private static boolean startsLowercase(PdfLine line) {
        String text = line.text();
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private void close() {
        if (open != null) {
            Block block = open.build();
            if (!block.text().isEmpty()) {
                blocks.add(block);
            }
            open = null;
        }
        blocks.addAll(waiting);
        waiting.clear();
    }

    private int depth(float x) {
        float tolerance = ALIGN_EM * metrics.bodySize();
        while (!listIndents.isEmpty() && listIndents.peek() > x + tolerance) {
            listIndents.pop();
        }
        if (listIndents.isEmpty() || listIndents.peek() < x - tolerance) {
            listIndents.push(x);
        }
        return listIndents.size();
    }

    /** The block being read: its first line's label and look, and its text so far. */
    private final class Draft {
        private final LineLabel label;
        private final boolean prominent;
        private final float textX;
        private final float size;
        private final StyledText text = new StyledText();
        private PdfLine last;
        private int lines;

        Draft(PdfLine first, LineLabel label, boolean prominent) {
            this.label = label;
            this.prominent = prominent;
            List<PdfChunk> chunks = label == null ? first.chunks() : label.rest();
            this.textX = chunks.getFirst().x0();
            this.size = first.size();
            append(chunks);
            this.last = first;
            this.lines = 1;
        }

        void add(PdfLine line) {
            text.lineBreak();
            append(line.chunks());
            last = line;
            lines++;
        }

        private void append(List<PdfChunk> chunks) {
            for (int i = 0; i < chunks.size(); i++) {
                if (i > 0) {
                    text.space();
                }
                text.append(chunks.get(i).runs());
            }
        }

        Block build() {
            String body = text.text();
            if (prominent && body.length() <= MAX_HEADING_LENGTH && !NOT_A_TITLE_END.matcher(body).find()) {
                listIndents.clear();
                return heading(body);
            }
            if (label != null) {
                return new ListItem(label.marker(), depth(label.x()), body, text.emphasis());
            }
            return new Paragraph(body, text.emphasis());
        }

        private Heading heading(String body) {
            Matcher number = label == null ? null : NUMBERED.matcher(label.marker());
            if (number != null && number.matches()) {
                return new Heading(number.group(1).split("\\.").length, number.group(1), body);
            }
            String whole = label == null ? body : label.marker() + " " + body;
            return new Heading(metrics.headingLevel(size), null, whole);
        }
    }
}
