package no.muni.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of one transcribed table cell in 002: plain text, a {@code <p>} paragraph, or a
 * {@code <ul><li>} list. The transcriber turned Word's bullet paragraphs into
 * {@code <ul style="list-style-type: none"><li>• text</li>}, i.e. kept the rendered "• " label as text;
 * the label goes back into the list definition and is not part of the item's text.
 */
final class CellContent {

    /** A block inside a cell: a paragraph, or a bullet item. */
    record Block(boolean bullet, List<Run> runs) {
    }

    private static final Pattern PART = Pattern.compile("<p>(.*?)</p>|<li>(.*?)</li>|<ul[^>]*>|</ul>|([^<]+)");
    private static final String LABEL = "• ";

    private CellContent() {
    }

    static List<Block> parse(String cell) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = PART.matcher(cell);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                throw new IllegalArgumentException("002: unparsed cell markup at: " + cell.substring(at));
            }
            at = m.end();
            if (m.group(1) != null) {
                blocks.add(new Block(false, Inline.parse(m.group(1))));
            } else if (m.group(2) != null) {
                String item = m.group(2);
                blocks.add(new Block(true, Inline.parse(item.startsWith(LABEL) ? item.substring(LABEL.length()) : item)));
            } else if (m.group(3) != null && !m.group(3).isBlank()) {
                blocks.add(new Block(false, Inline.parse(m.group(3).strip())));
            }
        }
        if (at != cell.length()) {
            throw new IllegalArgumentException("002: unparsed cell markup at: " + cell.substring(at));
        }
        return blocks;
    }
}
