package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a meeting wherever the text starts one: the saksliste's rows ("PS 7/07 Søknad om…",
 * "Sak 0007/08 REFERATSAKER", "1/17 16/5101 FINNMARKSLØPET…" with the archive case in its own column)
 * and the item sections of minutes and case protocols, which open with the same number. Item numbers of
 * one meeting share their year ("/17"); a number that lost its digits in the transcript ("/17 17/23 …")
 * still opens a row when its archive case follows. Numbers in running text ("etterlyser sak 79/16,",
 * "Møte nr. 9/16", "Fra og med sak nr. 80/16 til …") are references, not rows.
 */
public final class AgendaRows {

    /** One place where an item starts: its number as written, kind, archive case as written, and where its text runs. */
    public record Row(String number, String kind, String caseWritten, int start, int textStart, int textEnd) {}

    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(?:(?<prefix>PS|RS|DS|FS|Sak|SAK|Saksnr\\.?)\\s*)?(?<seq>\\d{0,4})/(?<year>\\d{2}|(?:19|20)\\d{2})"
                    + "(?![\\d/-])(?:\\s+(?<case>\\d{2,4}/\\d{1,7})(?![\\d/]))?");
    /**
     * A number after these is a reference or an archive case: "sak 79/16", "Møte nr. 9/16", "Arkivsak: 035/2009",
     * the first and last of a protocol's "Behandlede saker: 39/13 53/13".
     */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?iu)(?:\\bsak(?:\\s+nr)?|\\bsaker|\\bsakene|\\bnr|\\bmøte|\\barkivsak\\p{L}*|\\bref\\p{L}*)\\.?\\s*:?\\s*$");
    /** What may open a row's text: a title starts with a capital or a digit, never with a label or a lower-case word. */
    private static final Pattern TITLE_START = Pattern.compile("^\\s*(?:[\\p{Lu}\\d«\"]|$)");
    /** A number followed by a form's label is the form's ("Møteinnkalling 4/07 Utvalg: …"), not an item's. */
    private static final Pattern LABEL_START = Pattern.compile("(?iu)^\\s*(?:utvalg(?:/\\p{L}+)*|styre/\\p{L}+(?:/\\p{L}+)*|møtested|møtedato|dato|tid|tidspunkt|sted"
            + "|saksbehandler|arkiv\\p{L}*|saksnr\\p{L}*)\\.?\\s*:");

    private AgendaRows() {
    }

    /** Every row start in reading order; a number may start several rows (saksliste, then its section). */
    public static List<Row> read(String text) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            Candidate c = candidate(text, m);
            if (c != null) {
                candidates.add(c);
            }
        }
        String year = meetingYear(candidates);
        List<Candidate> rows = candidates.stream().filter(c -> c.year.equals(year)).toList();
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Candidate c = rows.get(i);
            int end = i + 1 < rows.size() ? rows.get(i + 1).start : text.length();
            out.add(new Row(c.number, c.kind, c.caseWritten, c.start, c.end, Math.max(c.end, end)));
        }
        return out;
    }

    private record Candidate(String number, String kind, String caseWritten, String year, boolean strong, int start, int end) {}

    private static Candidate candidate(String text, Matcher m) {
        String prefix = m.group("prefix");
        String seq = m.group("seq");
        String caseWritten = m.group("case");
        if (seq.isEmpty() && caseWritten == null) {
            return null;
        }
        if (prefix == null && REFERENCE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return null;
        }
        if (prefix != null && !prefix.equals(prefix.toUpperCase(Locale.ROOT)) && !prefix.equals("Sak")) {
            return null;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (!TITLE_START.matcher(after).find() || LABEL_START.matcher(after).find()) {
            return null;
        }
        String kind = prefix == null ? null : switch (prefix) {
            case "PS", "RS", "DS", "FS" -> prefix;
            default -> null;
        };
        String number = text.substring(m.start(), m.start("year") + m.group("year").length());
        return new Candidate(number.replaceAll("\\s+", " "), kind, caseWritten, m.group("year"),
                prefix != null || caseWritten != null, m.start(), m.end());
    }

    /** The year suffix most rows share, counting rows with a kind prefix or an archive case column. */
    private static String meetingYear(List<Candidate> candidates) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate c : candidates) {
            votes.merge(c.year, c.strong ? 2 : 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }
}
