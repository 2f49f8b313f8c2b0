package no.muni.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes extracted text comparable across formats: Unicode NFC (PDFs often carry decomposed å),
 * hyphenated line breaks joined ("frivillig-\nhet" → "frivillighet"), runs of spaces collapsed,
 * control characters dropped. Tabs stay: in plain text they separate table cells. Line breaks are either kept ({@link #lines}) or folded into spaces
 * ({@link #flow}); a Norwegian suspended compound ("barne- og familievern") keeps its hyphen.
 */
public final class TextNormaliser {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\f]]|[\\u00AD\\u200B\\uFEFF]");
    private static final Pattern HYPHENATED_BREAK = Pattern.compile("(\\p{Ll})-[ \\t]*\\n[ \\t]*(\\p{Ll})");
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ANY_WHITESPACE = Pattern.compile("\\s+");
    /** "og", "eller" after a hyphen: the hyphen belongs to a suspended compound, not to a line break. */
    private static final Pattern SUSPENDED_COMPOUND = Pattern.compile("(\\p{L})-[ \\t]*\\n[ \\t]*(og|eller|samt)\\b");

    private TextNormaliser() {
    }

    /** Normalised text with line breaks kept (at most one blank line in a row). */
    public static String lines(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        // Each pattern runs only where it can change the text: a scan for its first character is much cheaper
        // than the regex's attempt at every position, and most text has no control character, hyphen at a line
        // end, run of spaces or blank lines.
        if (hasControl(s)) {
            s = CONTROL.matcher(s).replaceAll("");
        }
        if (hasHyphenAtLineEnd(s)) {
            s = SUSPENDED_COMPOUND.matcher(s).replaceAll("$1- $2");
            s = HYPHENATED_BREAK.matcher(s).replaceAll("$1$2");
        }
        if (hasSpaceToCollapse(s)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        if (s.contains(" \n") || s.contains("\n ")) {
            s = SPACE_AROUND_NEWLINE.matcher(s).replaceAll("\n");
        }
        if (s.contains("\n\n\n")) {
            s = BLANK_LINES.matcher(s).replaceAll("\n\n");
        }
        return s.strip();
    }

    /** A character {@link #CONTROL} removes. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF'
                    || Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    /** A hyphen followed by spaces or tabs and a line break, where the hyphen patterns start. */
    private static boolean hasHyphenAtLineEnd(String s) {
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            int j = i + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (j < s.length() && s.charAt(j) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Two spaces in a row or a space {@link #SPACES} turns into a plain one. */
    private static boolean hasSpaceToCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Normalised text as one line: for paragraphs whose line breaks are only the layout's. */
    public static String flow(String raw) {
        return ANY_WHITESPACE.matcher(lines(raw)).replaceAll(" ");
    }
}
