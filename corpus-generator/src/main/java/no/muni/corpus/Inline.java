package no.muni.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the seeds' inline markup into styled runs. The transcriptions use two dialects:
 * markdown ({@code *italic*}) in running text and HTML ({@code <i>}, {@code <b>}) inside the table
 * cells of 002. Both become real italic/bold; the markup characters themselves are not content.
 */
final class Inline {

    // *x* must hug its text: "*Prinsipp*:" is italic, a lone "*" in "Stm. Nr. 39 *Regjeringens" is not.
    private static final Pattern MARKUP = Pattern.compile("\\*(\\S(?:[^*]*?\\S)?)\\*|<i>(.*?)</i>|<b>(.*?)</b>");

    private Inline() {
    }

    static List<Run> parse(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = MARKUP.matcher(text);
        int at = 0;
        while (m.find()) {
            add(runs, text.substring(at, m.start()), false, false);
            if (m.group(1) != null) {
                add(runs, m.group(1), false, true);
            } else if (m.group(2) != null) {
                add(runs, m.group(2), false, true);
            } else {
                add(runs, m.group(3), true, false);
            }
            at = m.end();
        }
        add(runs, text.substring(at), false, false);
        return runs;
    }

    /** The text with markup removed: what a reader sees, and what extraction should give back. */
    static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        for (Run r : parse(text)) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    private static void add(List<Run> runs, String s, boolean bold, boolean italic) {
        if (!s.isEmpty()) {
            runs.add(new Run(s, bold, italic));
        }
    }
}
