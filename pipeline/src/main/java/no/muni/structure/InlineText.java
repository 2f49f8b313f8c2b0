package no.muni.structure;

import java.util.regex.Pattern;

/**
 * Cleans the inline text of a block: transcriptions carry HTML tags, markdown emphasis and literal
 * bullets inside what is one sentence to a reader, and none of that belongs in extracted fields.
 */
public final class InlineText {
    private static final Pattern TAG = Pattern.compile("<[^>]{1,200}>");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])([*_]{1,2})(\\S(?:.*?\\S)?)\\1(?![\\p{L}\\p{N}])");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•·▪◦●○■□➢►\\-–*]+\\s*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private InlineText() {
    }

    /** Text without tags, emphasis markers, leading bullets and repeated whitespace. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = TAG.matcher(text).replaceAll(" ");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = SPACE.matcher(s).replaceAll(" ").strip();
        return LEADING_BULLET.matcher(s).replaceFirst("").strip();
    }

    /** {@code clean} without the trailing colon or semicolon that introduces what follows a label line. */
    public static String label(String text) {
        return clean(text).replaceAll("[\\s:;]+$", "");
    }
}
