package no.muni.index;

import java.util.regex.Pattern;

import no.muni.model.DocType;

/**
 * The one check of filter values that `muni search`, `muni export` and the HTTP API share: a document
 * type must be one muni assigns and a year must have four digits. A value that can never match is a
 * mistake the user should hear about, not a silent "0 hits".
 */
public final class FilterValues {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private FilterValues() {
    }

    /**
     * Checks one value of a filter dimension.
     *
     * @throws QuerySyntaxException naming the parameter as users write it ({@code type}, {@code year})
     *     and the values it accepts
     */
    public static void check(String dimension, String value) {
        switch (dimension) {
            case IndexFields.DOC_TYPE -> {
                if (DocType.of(value).isEmpty()) {
                    throw new QuerySyntaxException("type must be one of " + String.join(", ", DocType.CODES)
                            + ", not \"" + value + "\"", "Dokumenttypen må være en av " + String.join(", ", DocType.CODES)
                            + ", ikke «" + value + "»");
                }
            }
            case IndexFields.YEAR -> {
                if (!YEAR.matcher(value).matches()) {
                    throw new QuerySyntaxException("year must be a four-digit year such as 2023, not \"" + value + "\"",
                            "Året må ha fire sifre, som 2023, ikke «" + value + "»");
                }
            }
            default -> {
                // organisations, persons, places, measures and formats are open sets: any value may match
            }
        }
    }
}
