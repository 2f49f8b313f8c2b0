package no.muni.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An archive case number as a document writes it ({@code written}: "RST-15/3113-2", "23/00858-123",
 * "035/2009") and the case it names, normalised to "YYYY/NNNNN" ({@code caseNumber}: "2015/03113"),
 * with the document number after the dash ({@code document}: 2) where one is written.
 *
 * <p>{@link #normalise(String)} is the one place that says which written forms name the same case:
 * extraction, the index and query parsing all call it, so "23/858", "2023/858" and "23/00858" meet.
 */
public record CaseRef(String written, String caseNumber, Integer document) {

    /**
     * Case handling systems write year/sequence ("15/3113", "2015/3113", "23/00858"), some older ones
     * sequence/year ("035/2009"); an optional archive prefix ("RST-") and a document number ("-2") may
     * go with either. Four-digit years only from 1900 on, so "0013/03" reads as year 03, sequence 13.
     */
    private static final Pattern FORM = Pattern.compile(
            "^(?:[A-ZÆØÅ]{1,6}[-\\s])?(\\d{2}|(?:19|20)\\d{2})/(\\d{1,7})(?:-(\\d{1,6}))?$"
                    + "|^(?:[A-ZÆØÅ]{1,6}[-\\s])?(\\d{1,6})/((?:19|20)\\d{2})(?:-(\\d{1,6}))?$");
    /** Two-digit years below this are 20YY, from it on 19YY (electronic case archives began in the 1990s). */
    private static final int CENTURY_PIVOT = 70;

    /** @return the reference, or empty when {@code written} is not an archive case number */
    public static Optional<CaseRef> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String text = written.strip();
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean yearFirst = m.group(1) != null;
        String year = yearFirst ? m.group(1) : m.group(5);
        String sequence = yearFirst ? m.group(2) : m.group(4);
        String document = yearFirst ? m.group(3) : m.group(6);
        long seq = Long.parseLong(sequence);
        if (seq == 0) {
            return Optional.empty();
        }
        return Optional.of(new CaseRef(text, String.format("%d/%05d", fullYear(year), seq),
                document == null ? null : Integer.valueOf(document)));
    }

    /** The case as written, without the document number: "23/00858" of "23/00858-123". */
    public String caseWritten() {
        return document == null ? written : written.substring(0, written.lastIndexOf('-'));
    }

    /** @return "YYYY/NNNNN" for any written form of a case number, or null when it is none */
    public static String normalise(String written) {
        return parse(written).map(CaseRef::caseNumber).orElse(null);
    }

    private static int fullYear(String year) {
        int y = Integer.parseInt(year);
        if (year.length() == 4) {
            return y;
        }
        return y < CENTURY_PIVOT ? 2000 + y : 1900 + y;
    }
}
