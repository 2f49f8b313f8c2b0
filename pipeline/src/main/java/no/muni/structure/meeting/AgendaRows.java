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
 * one meeting share their year ("/17"); a number that lost its digits in the transcript ("/19 19/41 …")
 * still opens a row when its archive case follows. Numbers in running text ("etterlyser sak 52/19,",
 * "Møte nr. 4/19", "Fra og med sak nr. 41/19 til …") are references, not rows. Some systems put the year first
 * ("PS 2012/40"), some prints space the slash ("3 / 19 Godkjenning av protokoll"); a saksliste whose table has an
 * archive column after the title ("Innhold Lukket Arkivsaksnr") ends each row's title with its case ("… lekeplasser 2011/2828").
 */
public final class AgendaRows {

    /**
     * One place where an item starts: its number as written, kind, archive case as written, where its text runs, and
     * where its title may run to (its archive case where that closes the row, else the end of its text).
     */
    public record Row(String number, String kind, String caseWritten, int start, int textStart, int textEnd, int titleEnd) {}

    /**
     * A number of sequence and year; the slash may stand between two spaces. Which part is the year {@link #candidate} decides.
     */
    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(?:(?<prefix>PS|RS|DS|FS|Sak|SAK|Saksnr\\.?)\\s*)?(?<seq>\\d{0,4})(?<gap> ?)/\\k<gap>(?<year>\\d{1,4})"
                    + "(?![\\d/-])(?:\\s+(?<case>\\d{2,4}/\\d{1,7})(?![\\d/]))?");
    private static final Pattern YEAR = Pattern.compile("\\d{2}|(?:19|20)\\d{2}");
    private static final Pattern FULL_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** "vedtak i sak PS 2012/34": a prefixed number after a lower-case "sak" is a reference too. */
    private static final Pattern PREFIXED_REFERENCE_BEFORE = Pattern.compile("(?u)(?<![\\p{L}])sak(?:\\s+nr\\.?)?\\s*$");
    /** A saksliste table whose archive column follows the title column: "Innhold Lukket Arkivsaksnr", "Tittel Arkiv- Saksnr". */
    private static final Pattern ARCHIVE_AFTER_TITLE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:innhold|tittel|sakstittel)(?![\\p{L}])[^\\n]{0,60}?(?<![\\p{L}])arkiv-?\\s*saks?nr");
    /**
     * The archive case in such a row, year first ("2011/2828"), not a reference ("sak 2011/12", "vedtak i PS 2011/12") nor a
     * school or budget year ("skoleåret 2023/24", "2019/2020").
     */
    private static final Pattern COLUMN_CASE = Pattern.compile("(?<![\\p{L}\\d/.-])((19|20)(\\d{2})/(\\d{1,7}))(?![\\d/])");
    private static final Pattern CASE_REFERENCE_BEFORE = Pattern.compile(
            "(?iu)(?:\\bsak(?:\\s+nr)?|\\bnr|\\bref\\p{L}*|\\b(?:PS|RS|DS|FS))\\.?\\s*:?\\s*$");
    /** How far into a row its title and archive column reach. */
    private static final int COLUMN_WINDOW = 250;
    /**
     * A number after these is a reference or an archive case: "sak 79/16", "Møte nr. 9/16", "Arkivsak: 035/2009",
     * the first and last of a protocol's "Behandlede saker: 39/13 53/13".
     */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?iu)(?:\\bsak(?:\\s+nr)?|\\bsaker|\\bsakene|\\bnr|\\bmøte|\\barkivsak\\p{L}*|\\bref\\p{L}*)\\.?\\s*:?\\s*$"
                    + "|\\d/\\d{1,4}\\s+[–-]\\s+$");
    /** What may open a row's text: a title starts with a capital or a digit, never with a label or a lower-case word. */
    private static final Pattern TITLE_START = Pattern.compile("^\\s*(?:[\\p{Lu}\\d«\"]|$)");
    /** A number followed by a form's label is the form's ("Møteinnkalling 4/07 Utvalg: …"), not an item's. */
    private static final Pattern LABEL_START = Pattern.compile("(?iu)^\\s*(?:utvalg?(?:/\\p{L}+)*|styre/\\p{L}+(?:/\\p{L}+)*|møtested|møtedato|dato|tid|tidspunkt|sted"
            + "|saksbehandler|arkiv\\p{L}*|saksnr\\p{L}*)\\.?\\s*:");

    private AgendaRows() {
    }

    /** Every row start in reading order; a number may start several rows (saksliste, then its section). */
    public static List<Row> read(String text) {
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            if (lostDigitsBeforeNextItem(m)) {
                from = m.start("case");
                continue;
            }
            Candidate c = candidate(text, m);
            if (c != null) {
                candidates.add(c);
            }
        }
        String year = meetingYear(candidates);
        List<Candidate> rows = candidates.stream().filter(c -> c.year.equals(year)).toList();
        boolean archiveColumn = ARCHIVE_AFTER_TITLE.matcher(text).find();
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Candidate c = rows.get(i);
            int end = Math.max(c.end, i + 1 < rows.size() ? rows.get(i + 1).start : text.length());
            Matcher column = archiveColumn && c.caseWritten == null ? columnCase(text, c.end, end) : null;
            out.add(column == null ? new Row(c.number, c.kind, c.caseWritten, c.start, c.end, end, end)
                    : new Row(c.number, c.kind, column.group(1), c.start, c.end, end, column.start()));
        }
        return out;
    }

    /** The row's archive case in the table's archive column, or null. */
    private static Matcher columnCase(String text, int from, int to) {
        Matcher m = COLUMN_CASE.matcher(text).region(from, Math.min(to, from + COLUMN_WINDOW));
        while (m.find()) {
            if (!CASE_REFERENCE_BEFORE.matcher(text.substring(Math.max(from, m.start() - 12), m.start())).find() && !isPeriod(m)) {
                return m;
            }
        }
        return null;
    }

    private record Candidate(String number, String kind, String caseWritten, String year, boolean strong, int start, int end) {}

    private static Candidate candidate(String text, Matcher m) {
        String prefix = m.group("prefix");
        String seq = m.group("seq");
        String caseWritten = m.group("case");
        if (seq.isEmpty() && caseWritten == null) {
            return null;
        }
        String before = text.substring(Math.max(0, m.start() - 12), m.start());
        if ((prefix == null ? REFERENCE_BEFORE : PREFIXED_REFERENCE_BEFORE).matcher(before).find()) {
            return null;
        }
        String year = m.group("year");

        if (kindOf(prefix) != null && FULL_YEAR.matcher(seq).matches() && !FULL_YEAR.matcher(year).matches()) {
            year = seq;
        } else if (!YEAR.matcher(year).matches()) {
            return null;
        }
        if (prefix != null && !prefix.equals(prefix.toUpperCase(Locale.ROOT)) && !prefix.equals("Sak")) {
            return null;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (!TITLE_START.matcher(after).find() || LABEL_START.matcher(after).find()) {
            return null;
        }
        String kind = kindOf(prefix);
        String number = text.substring(m.start(), m.end("year"));
        return new Candidate(number.replaceAll("\\s+", " "), kind, caseWritten, year,
                prefix != null || caseWritten != null, m.start(), m.end());
    }

    /**
     * An archive case after a number that lost its digits leads with its year ("/19 19/41"); a number that ends with the
     * year instead is the next item ("/23 43/23"), which starts a row of its own.
     */
    private static boolean lostDigitsBeforeNextItem(Matcher m) {
        String caseWritten = m.group("case");
        if (!m.group("seq").isEmpty() || caseWritten == null) {
            return false;
        }
        String[] parts = caseWritten.split("/");
        int year = Integer.parseInt(m.group("year"));
        return Integer.parseInt(parts[1]) == year && Integer.parseInt(parts[0]) != year;
    }

    /** "2023/24", "2019/2020": a year and the next. */
    private static boolean isPeriod(Matcher yearSlash) {
        int year = Integer.parseInt(yearSlash.group(2) + yearSlash.group(3));
        String after = yearSlash.group(4);
        return after.length() == 2 && Integer.parseInt(after) == (year + 1) % 100
                || after.length() == 4 && Integer.parseInt(after) == year + 1;
    }

    /** The item series a prefix names: politiske saker, referatsaker, delegerte saker, formelle spørsmål. */
    private static String kindOf(String prefix) {
        return prefix == null ? null : switch (prefix) {
            case "PS", "RS", "DS", "FS" -> prefix;
            default -> null;
        };
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
