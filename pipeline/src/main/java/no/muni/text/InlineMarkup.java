package no.muni.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;

/**
 * Markup that survives in text exports: {@code *x*}/{@code **x**} and inline HTML ({@code <b>},
 * {@code <i>}, lists in table cells). Text exports of Word tables keep each cell's HTML, so a cell
 * is parsed into blocks here; everywhere else markup is stripped and its emphasised phrases kept.
 */
public final class InlineMarkup {

    /** A text with its markup removed and the emphasised phrases it marked. */
    public record Styled(String text, List<String> emphasis) {}

    private static final Pattern STARS = Pattern.compile("\\*{1,2}([^*\\s](?:[^*]*[^*\\s])?)\\*{1,2}");
    /**
     * Attributes as HTML writes them ({@code name="value"}), so that plain text such as
     * {@code a<b og c>d}, {@code <kari@kommune.no>} or {@code <https://…>} is never taken for a tag.
     */
    private static final String ATTRIBUTES = "(?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>=`]+))*\\s*";
    /** The elements text exports of Word and web pages leave inline; anything else in brackets is text. */
    private static final String ELEMENT = "(?:a|b|big|blockquote|br|center|code|dd|del|div|dl|dt|em|font|h[1-6]|hr"
            + "|i|img|ins|li|mark|ol|p|pre|s|small|span|strike|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|u|ul)";
    private static final Pattern EMPHASIS_TAG = Pattern.compile("<(b|i|em|strong|u)" + ATTRIBUTES + ">(.*?)</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(?:/" + ELEMENT + "\\s*|" + ELEMENT + ATTRIBUTES + "/?)>|<!--.*?-->",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LIST_ITEM = Pattern.compile("<li" + ATTRIBUTES + ">(.*?)(?:</li>|(?=<li)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_PARAGRAPH = Pattern.compile("<p" + ATTRIBUTES + ">(.*?)(?:</p>|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** Bullets that writers type into list items themselves, on top of the list's own bullets. */
    private static final Pattern LITERAL_BULLET = Pattern.compile("^(" + Bullets.CLASS + ")\\s*");

    private InlineMarkup() {
    }

    public static Styled style(String raw) {
        List<String> emphasis = new ArrayList<>();
        String text = collect(EMPHASIS_TAG, raw, 2, emphasis);
        text = TAG.matcher(text).replaceAll(" ");
        text = collect(STARS, text, 1, emphasis);
        emphasis.replaceAll(InlineMarkup::clean);
        emphasis.removeIf(String::isEmpty);
        return new Styled(clean(text), emphasis);
    }

    /** True when the text carries HTML block markup (lists, paragraphs) rather than plain text. */
    public static boolean hasBlockMarkup(String raw) {
        return LIST_ITEM.matcher(raw).find() || HTML_PARAGRAPH.matcher(raw).find();
    }

    /** Blocks of one table cell: its list items and paragraphs, or one paragraph of plain text. */
    public static List<Block> cellBlocks(String raw) {
        List<Block> blocks = new ArrayList<>();
        Matcher items = LIST_ITEM.matcher(raw);
        if (items.find()) {
            do {
                Styled item = style(items.group(1));
                Matcher bullet = LITERAL_BULLET.matcher(item.text());
                String marker = "•";
                String text = item.text();
                if (bullet.find()) {
                    marker = bullet.group(1);
                    text = text.substring(bullet.end());
                }
                if (!text.isBlank()) {
                    blocks.add(new ListItem(marker, 1, text.strip(), item.emphasis()));
                }
            } while (items.find());
            return blocks;
        }
        Matcher paragraphs = HTML_PARAGRAPH.matcher(raw);
        while (paragraphs.find()) {
            addParagraph(blocks, paragraphs.group(1));
        }
        if (blocks.isEmpty()) {
            addParagraph(blocks, raw);
        }
        return blocks;
    }

    private static void addParagraph(List<Block> blocks, String raw) {
        Styled styled = style(raw);
        if (!styled.text().isEmpty()) {
            blocks.add(new Paragraph(styled.text(), styled.emphasis()));
        }
    }

    private static String collect(Pattern pattern, String text, int group, List<String> into) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            into.add(m.group(group));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(group)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String clean(String text) {
        String unescaped = TAG.matcher(text).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
        return unescaped.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
