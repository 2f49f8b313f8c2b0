package no.muni.index;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a highlighted snippet: text, and whether it matched the query. Kept structured so every
 * consumer escapes the text in its own way (a web page never receives document text as markup).
 */
public record SnippetPart(String text, boolean match) {

    /** Marks the highlighter puts around matches; private-use characters never occur in extracted text. */
    public static final String OPEN = "\uE000";
    public static final String CLOSE = "\uE001";

    public static List<SnippetPart> parse(String marked) {
        List<SnippetPart> parts = new ArrayList<>();
        if (marked == null) {
            return parts;
        }
        String s = marked.replaceAll("\\s+", " ").strip();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf(OPEN, i);
            if (open < 0) {
                parts.add(new SnippetPart(s.substring(i), false));
                break;
            }
            if (open > i) {
                parts.add(new SnippetPart(s.substring(i, open), false));
            }
            int close = s.indexOf(CLOSE, open);
            int end = close < 0 ? s.length() : close;
            parts.add(new SnippetPart(s.substring(open + 1, end), true));
            i = close < 0 ? s.length() : close + 1;
        }
        return parts;
    }

    /** Plain text with matches in [brackets], for a terminal. */
    public static String bracketed(List<SnippetPart> parts) {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.match() ? "[" + p.text() + "]" : p.text()));
        return b.toString();
    }
}
