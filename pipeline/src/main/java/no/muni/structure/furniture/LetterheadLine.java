package no.muni.structure.furniture;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a line of a letterhead or page footer says: the labels and values Norwegian public bodies
 * print in them. A line may say several things ("Postboks 7500, 3008 Drammen, tlf. 32 04 00 00").
 */
enum LetterheadLine {
    ORGANISATION_NUMBER(Pattern.compile(
            "(?i)\\borg(?:anisasjons)?\\.?\\s*(?:nr|nummer)\\b|^(?:NO\\s*)?\\d{3}\\s?\\d{3}\\s?\\d{3}(?:\\s*MVA)?$")),
    POSTAL_ADDRESS(Pattern.compile("(?i)\\bpost(?:adresse|adr\\.?|boks)\\b|^pb\\.?\\s*\\d+")),
    VISITING_ADDRESS(Pattern.compile("(?i)\\bbesøks(?:adresse|adr\\.?)|\\bkontoradresse\\b")),
    POSTCODE_CITY(Pattern.compile("(?:^|[,\\s])\\d{4}\\s+[A-ZÆØÅ][A-ZÆØÅa-zæøå-]+(?:\\s+[A-ZÆØÅ][A-ZÆØÅa-zæøå-]+)?\\s*$")),
    PHONE(Pattern.compile("(?i)\\b(?:telefon|tlf|tel|sentralbord|telefaks|faks)\\b\\.?|^\\+?(?:\\d[\\s.]?){8,12}$")),
    EMAIL(Pattern.compile("(?i)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\be-?post\\s*:")),
    WEB(Pattern.compile("(?i)\\bwww\\.[\\w-]+\\.|https?://|\\b(?:internett|nettside|hjemmeside)\\s*:")),
    BANK(Pattern.compile("(?i)\\bbank(?:konto|giro)\\b|\\bkontonr\\b"));

    /** A line a letterhead can hold without being one of the above: a street address. */
    private static final Pattern STREET_ADDRESS =
            Pattern.compile("^[A-ZÆØÅ][\\p{L}.' -]{2,40}\\s\\d{1,4}[A-Za-z]?(?:,.*)?$");
    private static final int MAX_LINE_LENGTH = 300;

    private final Pattern shape;

    LetterheadLine(Pattern shape) {
        this.shape = shape;
    }

    static Set<LetterheadLine> kinds(String line) {
        Set<LetterheadLine> kinds = EnumSet.noneOf(LetterheadLine.class);
        if (line.length() <= MAX_LINE_LENGTH) {
            for (LetterheadLine kind : values()) {
                if (kind.shape.matcher(line).find()) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }

    static boolean isStreetAddress(String line) {
        return STREET_ADDRESS.matcher(line).matches();
    }
}
