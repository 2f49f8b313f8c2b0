package no.muni.text;

import java.util.regex.Pattern;

/**
 * The plain text of a block as extracted fields want it: markup stripped (as {@link InlineMarkup}
 * does for every format) and without the literal bullet writers type in front of list entries,
 * which Word and HTML lists keep inside the item's text.
 */
public final class InlineText {
    private static final Pattern LEADING_BULLET = Pattern.compile("^" + Bullets.CLASS + "+\\s*");

    private InlineText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return LEADING_BULLET.matcher(InlineMarkup.style(text).text()).replaceFirst("").strip();
    }

    /** {@code clean} without the trailing colon or semicolon of a line that introduces what follows. */
    public static String label(String text) {
        return clean(text).replaceAll("[\\s:;]+$", "");
    }
}
