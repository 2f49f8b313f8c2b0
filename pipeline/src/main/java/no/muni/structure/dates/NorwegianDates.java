package no.muni.structure.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Norwegian documents write them: 21.08.2023, 22.05.19, 17. juni 2014, 3. okt. 2022,
 * 2023-08-21; and the vaguer "våren 2021", "juni 2014", "høsten 2013" that name no day.
 */
public final class NorwegianDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11), Map.entry("des", 12));
    private static final String MONTH_NAME =
            "(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|des)\\.?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WRITTEN =
            Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\.\\s*" + MONTH_NAME + "\\s+(\\d{4})(?!\\d)");
    private static final Pattern VAGUE = Pattern.compile(
            "(?iu)\\b(?:(?:våren|høsten|sommeren|vinteren|starten av|slutten av|medio|primo|ultimo)\\s+|"
                    + MONTH_NAME.replace("\\.?", "") + "\\s+)(\\d{4})\\b");
    /** Two-digit years up to this are this century, as in "22.05.19". */
    private static final int CENTURY_PIVOT = 70;

    private NorwegianDates() {
    }

    /** The first full date in the text. */
    public static Optional<LocalDate> first(String text) {
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {NUMERIC, ISO, WRITTEN}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent()) {
                    if (m.start() < bestAt) {
                        best = date.get();
                        bestAt = m.start();
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first period named without a day ("våren 2021", "juni 2014"), as written. */
    public static Optional<String> firstVague(String text) {
        Matcher m = VAGUE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            int day = Integer.parseInt(m.group(1));
            int month = pattern == WRITTEN ? MONTHS.get(m.group(2).toLowerCase().substring(0, 3))
                    : Integer.parseInt(m.group(2));
            return Optional.of(LocalDate.of(year(m.group(3)), month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year <= CENTURY_PIVOT ? 2000 + year : 1900 + year;
        }
        return year;
    }
}
