package no.muni.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.text.Bullets;

/**
 * Recognises list items that reach Tika's XHTML as paragraphs. Word writes lists as paragraphs in a
 * list style with numbering; Tika renders them as {@code <p class="list_Paragraph">} (or another
 * {@code list…} style) with the label as text ("· ", "o ", "1. ", "a) "), never as {@code <li>}.
 * Writers also type bullets and ")"-enumerators into ordinary paragraphs. Both are list items.
 */
final class ListParagraph {

    /** A list item's label, its depth (1 = top level) and the text after the label. */
    record Item(String marker, int depth, String text) {}

    private static final Pattern BULLET = Pattern.compile("^(" + Bullets.CLASS + ")(?:\\s+(.*))?$", Pattern.DOTALL);
    /** Word's default bullet for the second and third list level ("o" in Courier New, "§" in Wingdings). */
    private static final Pattern WORD_LEVEL_BULLET = Pattern.compile("^([o§])\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zA-ZæøåÆØÅ][.)]|[ivxIVX]{1,4}[.)])\\s+(\\S.*)$", Pattern.DOTALL);
    /** ")" marks a list label wherever it stands; "1." or "A." alone may open a numbered heading or an initial. */
    private static final Pattern CLOSED_ENUMERATOR = Pattern.compile(
            "^(\\d{1,2}\\)|[a-zA-ZæøåÆØÅ]\\))\\s+(\\S.*)$", Pattern.DOTALL);

    private ListParagraph() {
    }

    /** True for Word list styles as Tika names them in the class attribute ("list_Paragraph", "list_Bullet"). */
    static boolean isListStyle(String cssClass) {
        return cssClass != null && cssClass.toLowerCase(Locale.ROOT).startsWith("list");
    }

    /**
     * The item a paragraph is, if it is one. A list-style paragraph without a label is not an item
     * of its own: Word sets an item's second paragraph that way (see {@link #isContinuation}).
     * An item whose label has no text after it (an empty bullet) yields an item with empty text.
     */
    static Optional<Item> read(String cssClass, String text) {
        boolean listStyle = isListStyle(cssClass);
        Matcher m = BULLET.matcher(text);
        if (m.matches()) {
            return Optional.of(new Item(m.group(1), 1, m.group(2) == null ? "" : m.group(2).strip()));
        }
        if (listStyle && (m = WORD_LEVEL_BULLET.matcher(text)).matches()) {
            return Optional.of(new Item(m.group(1), m.group(1).equals("o") ? 2 : 3, m.group(2).strip()));
        }
        m = (listStyle ? ENUMERATOR : CLOSED_ENUMERATOR).matcher(text);
        if (m.matches()) {
            return Optional.of(new Item(m.group(1), 1, m.group(2).strip()));
        }
        return Optional.empty();
    }

    /** A list-style paragraph without a label continues the item before it. */
    static boolean isContinuation(String cssClass, String text) {
        return isListStyle(cssClass) && read(cssClass, text).isEmpty();
    }

    /** The text of an {@code <li>} without a bullet its writer typed on top of the list's own. */
    static String withoutTypedBullet(String text) {
        Matcher m = BULLET.matcher(text);
        return m.matches() && m.group(2) != null ? m.group(2).strip() : text;
    }
}
