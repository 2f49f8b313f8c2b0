package no.muni.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;
import no.muni.text.InlineMarkup.Styled;

/**
 * Builds blocks from plain text with line-based rules, for .txt files and for text that other
 * formats only yield as lines (PDF pages; a form feed starts a new page).
 *
 * <ul>
 * <li>Blank lines separate paragraphs; inside a paragraph every line is its own block unless it
 *     continues the previous one (wrapped prose), because address blocks and attachment lists put
 *     one item on each line. A line that filled the width and goes on in lowercase is joined before
 *     it is read, so a wrapped numbered clause is not taken for a heading. Prose also continues
 *     across a page break.</li>
 * <li>"1. Mål", "4.2 Kommunal støtte" → numbered heading when the rest reads like a title;
 *     "5.1. Frivillig arbeid gir merverdi." → list item with marker "5.1.".</li>
 * <li>"- ", "• ", "* ", "a)", "1)", "A." → list item; depth from indentation. "- 1) …" keeps the
 *     enumerator as marker since the dash is only how an exporter wrote a numbered list.</li>
 * <li>A short standalone line without final punctuation is a heading, except from the second on
 *     in a run of three or more (one-line entries set apart, as a PDF sets an attachment list);
 *     "#"-prefixed lines are
 *     Markdown headings; tab-separated lines are table rows (cells may carry HTML lists).</li>
 * <li>{@code *x*} and inline HTML emphasis are stripped from the text and kept as emphasis.</li>
 * </ul>
 * Instances are stateless; every call works on its own {@link Builder}.
 */
public final class PlainTextBlocks {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^(" + Bullets.CLASS + ")(?:\\s+(.*))?$");
    /** Section numbers have small components; "3008 DRAMMEN" or "2014 ble" are not sections. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)([.)]?)\\s+(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zA-ZæøåÆØÅ])([.)])\\s+(\\S.*)$");
    private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.!?:;,]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]$");
    private static final int MAX_HEADING_LENGTH = 90;

    public List<Block> parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        Builder builder = new Builder(wrapWidth(lines));
        for (String line : lines) {
            String[] pages = line.split("\f", -1);
            builder.line(pages[0]);
            for (int i = 1; i < pages.length; i++) {
                builder.pageBreak();
                builder.line(pages[i]);
            }
        }
        return builder.finish();
    }

    /**
     * The width at which the text's lines were wrapped: a line at least this long that ends
     * mid-sentence continues on the next line. Text with one line per paragraph gets a width no
     * short line reaches.
     */
    private static int wrapWidth(String[] lines) {
        int[] lengths = Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return Integer.MAX_VALUE;
        }
        int p95 = lengths[(int) (0.95 * (lengths.length - 1))];
        return Math.max(40, (int) (0.75 * p95));
    }

    static boolean readsLikeTitle(String text) {
        return !text.isEmpty() && text.length() <= MAX_HEADING_LENGTH
                && !TERMINAL_PUNCTUATION.matcher(text).find()
                && (Character.isUpperCase(text.codePointAt(0)) || text.startsWith("«") || text.startsWith("\""));
    }

    private static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static int indentation(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** The state of one parse: the blocks so far and the paragraph group being read. */
    private static final class Builder {
        private final int wrapWidth;
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Integer> listIndents = new ArrayDeque<>();
        private final List<Table.Row> tableRows = new ArrayList<>();
        private int page = 1;
        private int linesInGroup;
        private boolean groupHasBlock;
        private String pendingLine;
        /** The last physical line read into {@link #pendingLine}, which may hold several wrapped ones. */
        private String pendingTail;
        /** Indices of the unnumbered headings inferred in a row so far, with no other block between. */
        private final List<Integer> headingRun = new ArrayList<>();
        /** The raw last line of the previous text block, to decide whether the next line continues it. */
        private String lastLine = "";
        private char lastLetter;

        Builder(int wrapWidth) {
            this.wrapWidth = wrapWidth;
        }

        void pageBreak() {
            endGroup();
            endTable();
            blocks.add(new PageBreak(++page));
        }

        void line(String raw) {
            String line = raw.stripTrailing();
            if (line.isBlank()) {
                endGroup();
                return;
            }
            if (isTableRow(line)) {
                endGroup();
                tableRows.add(row(line));
                return;
            }
            endTable();
            if (pendingLine != null && wrapsInto(pendingTail, line.strip())) {
                pendingLine = pendingLine + " " + line.strip();
                pendingTail = line.strip();
                return;
            }
            linesInGroup++;
            if (pendingLine != null) {
                emitLine(pendingLine, false);
            }
            pendingLine = line;
            pendingTail = line.strip();
        }

        /** The previous line filled the width mid-sentence and this one goes on in lowercase, not as an item. */
        private boolean wrapsInto(String previous, String next) {
            return previous.length() >= wrapWidth && !SENTENCE_END.matcher(previous).find()
                    && startsLowercase(next) && !BULLET.matcher(next).matches() && !LETTERED.matcher(next).matches();
        }

        List<Block> finish() {
            endGroup();
            endTable();
            return List.copyOf(blocks);
        }

        /** A single-line group may be a heading, so each line is emitted one line late. */
        private void endGroup() {
            if (pendingLine != null) {
                emitLine(pendingLine, linesInGroup == 1);
            }
            pendingLine = null;
            linesInGroup = 0;
            groupHasBlock = false;
        }

        private void emitLine(String line, boolean standalone) {
            int indent = indentation(line);
            String content = line.strip();
            Matcher m = MARKDOWN_HEADING.matcher(content);
            if (m.matches()) {
                heading(m.group(1).length(), numberOf(m.group(2)), textAfterNumber(m.group(2)));
            } else if ((m = BULLET.matcher(content)).matches()) {
                if (m.group(2) != null && !m.group(2).isBlank()) {
                    bullet(indent, m.group(1), m.group(2));
                }
            } else if ((m = NUMBERED.matcher(content)).matches()) {
                numbered(indent, m.group(1), m.group(2), m.group(3), content);
            } else if ((m = LETTERED.matcher(content)).matches() && isLetterEnumerator(m.group(1), m.group(2))) {
                listItem(indent, m.group(1) + m.group(2), m.group(3));
            } else {
                plain(content, standalone);
            }
            lastLine = content;
            groupHasBlock = true;
        }

        private void bullet(int indent, String bullet, String rest) {
            Matcher numbered = NUMBERED.matcher(rest);
            if (numbered.matches() && (!numbered.group(2).isEmpty() || numbered.group(1).contains("."))) {
                listItem(indent, numbered.group(1) + numbered.group(2), numbered.group(3));
                return;
            }
            Matcher lettered = LETTERED.matcher(rest);
            if (lettered.matches() && isLetterEnumerator(lettered.group(1), lettered.group(2))) {
                listItem(indent, lettered.group(1) + lettered.group(2), lettered.group(3));
                return;
            }
            listItem(indent, bullet, rest);
        }

        private void numbered(int indent, String number, String punctuation, String rest, String whole) {
            Styled styled = InlineMarkup.style(rest);
            if (punctuation.equals(")")) {
                listItem(indent, number + ")", rest);
            } else if (readsLikeTitle(styled.text()) && !continuesList()) {
                heading(number.split("\\.").length, number, styled.text());
            } else if (punctuation.equals(".") && !startsLowercase(styled.text())) {
                listItem(indent, number + ".", rest);
            } else {
                plain(whole, false);
            }
        }

        /** Numbered lines right under a lead-in ("Vedlegg:") or another item are items, however short. */
        private boolean continuesList() {
            return groupHasBlock && (lastLine.endsWith(":") || blocks.getLast() instanceof ListItem);
        }

        /** "a)" always enumerates; "B." only continues "A." (else it is an initial, as in "K. Hansen"). */
        private boolean isLetterEnumerator(String letter, String punctuation) {
            char c = Character.toLowerCase(letter.charAt(0));
            boolean enumerates = punctuation.equals(")") || c == 'a' || c == lastLetter + 1;
            if (enumerates) {
                lastLetter = c;
            }
            return enumerates;
        }

        private void plain(String content, boolean standalone) {
            Styled styled = InlineMarkup.style(content);
            if (styled.text().isEmpty()) {
                return;
            }
            if (continuesPrevious(styled.text())) {
                appendToLast(styled);
            } else if (standalone && readsLikeTitle(styled.text())) {
                inferredHeading(styled);
            } else {
                blocks.add(new Paragraph(styled.text(), styled.emphasis()));
            }
        }

        /** A heading, unless it is the third or later in a run; then the run's entries after the first are lines. */
        private void inferredHeading(Styled styled) {
            if (headingRun.isEmpty() || headingRun.getLast() != blocks.size() - 1) {
                headingRun.clear();
            }
            if (headingRun.size() == 2) {
                int second = headingRun.get(1);
                blocks.set(second, new Paragraph(blocks.get(second).text()));
            }
            if (headingRun.size() >= 2) {
                blocks.add(new Paragraph(styled.text(), styled.emphasis()));
            } else {
                heading(blocks.isEmpty() ? 1 : 2, null, styled.text());
            }
            headingRun.add(blocks.size() - 1);
        }

        /**
         * Wrapped prose: the previous line stopped mid-sentence and this one goes on, either in
         * lowercase (also across a blank line, which exporters insert at page ends) or because the
         * previous line filled the wrap width; across a page break it must be both.
         */
        private boolean continuesPrevious(String text) {
            int at = lastTextBlock();
            if (at < 0 || TERMINAL_PUNCTUATION.matcher(lastLine).find()) {
                return false;
            }
            Block last = blocks.get(at);
            if (!(last instanceof Paragraph) && !(last instanceof ListItem)) {
                return false;
            }
            boolean prose = startsLowercase(text) && text.contains(" ");
            boolean filled = lastLine.length() >= wrapWidth;
            if (at < blocks.size() - 1) {
                // Across a page break only a line that filled the page's width goes on: a short one is a footer's.
                return prose && filled;
            }
            return prose || (groupHasBlock && filled);
        }

        private void appendToLast(Styled more) {
            int at = lastTextBlock();
            Block last = blocks.get(at);
            if (last instanceof ListItem item) {
                blocks.set(at, new ListItem(item.marker(), item.depth(), item.text() + " " + more.text(),
                        concat(item.emphasis(), more.emphasis())));
            } else {
                Paragraph paragraph = (Paragraph) last;
                blocks.set(at, new Paragraph(paragraph.text() + " " + more.text(),
                        concat(paragraph.emphasis(), more.emphasis())));
            }
        }

        /** The last block that holds text: a sentence broken by a page break goes on after it. */
        private int lastTextBlock() {
            int at = blocks.size() - 1;
            return at >= 0 && blocks.get(at) instanceof PageBreak ? at - 1 : at;
        }

        private void listItem(int indent, String marker, String rest) {
            Styled styled = InlineMarkup.style(rest);
            if (!styled.text().isEmpty()) {
                blocks.add(new ListItem(marker, depth(indent), styled.text(), styled.emphasis()));
            }
        }

        private int depth(int indent) {
            while (!listIndents.isEmpty() && listIndents.peek() > indent) {
                listIndents.pop();
            }
            if (listIndents.isEmpty() || listIndents.peek() < indent) {
                listIndents.push(indent);
            }
            return listIndents.size();
        }

        private void heading(int level, String number, String text) {
            listIndents.clear();
            blocks.add(new Heading(level, number, InlineMarkup.style(text).text()));
        }

        /** A tab inside the line separates cells; a leading tab only does so within a table. */
        private boolean isTableRow(String line) {
            return line.strip().contains("\t") || (line.startsWith("\t") && !tableRows.isEmpty());
        }

        private Table.Row row(String line) {
            List<Table.Cell> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(new Table.Cell(InlineMarkup.cellBlocks(cell)));
            }
            return new Table.Row(cells);
        }

        private void endTable() {
            if (!tableRows.isEmpty()) {
                blocks.add(new Table(tableRows));
                tableRows.clear();
            }
        }

        private static String numberOf(String text) {
            Matcher m = NUMBERED.matcher(text);
            return m.matches() && !m.group(2).equals(")") ? m.group(1) : null;
        }

        private static String textAfterNumber(String text) {
            return numberOf(text) == null ? text : NUMBERED.matcher(text).replaceFirst("$3");
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }
}
