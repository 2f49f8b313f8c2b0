package no.muni.structure.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields of a case document's header: "Saksbehandler: Ingrid Haug", "Arkivkode: FA-F40",
 * "Arkiv: 223", "Ark.: 243 U01", "Arkiv: A20, &13", and Elements' label column without colons
 * ("Saksbehandler      Maren Kildahl"). In a flattened header the next label follows on the same line, so a
 * name ends before a word that is itself a label ("Saksbehandler: Jørgen Li Arkiv: 223").
 */
final class CaseHeader {

    /** Words of the header's other fields, which end a name written without a colon ("Saksbehandler Kari Li Saksgang …"). */
    private static final String FIELD_WORD = "(?:Saksgang|Arkiv\\p{L}*|Dato|Møtedato|Utvalg\\p{L}*|Saks?nr\\p{L}*|Saksnummer|Tittel|Vedlegg"
            + "|Innstilling|Telefon|Tlf|E-post|Sak)(?![\\p{L}])";
    private static final String NAME_WORD = "(?!" + FIELD_WORD + ")\\p{Lu}[\\p{L}.'-]*+(?!\\s*[:.]?\\s*:)";
    /**
     * "Saksbehandler: Ingrid Haug" (ACOS WebSak, Public 360), or Elements' label column without a colon
     * ("Saksbehandler      Maren Kildahl").
     */
    private static final Pattern OFFICER = Pattern.compile("(?iu)\\b(?:saksbehandler|saksbeh)\\.?(?:\\s*:\\s*|[ \\t]+)"
            + "(?-i:(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,4}))");
    private static final String CODE_WORD = "[\\p{Lu}\\d&][\\p{Lu}\\d&./-]*+(?![\\p{L}])";
    /** "Arkiv: 223", "Arkivkode: FA-F40", "Ark.: 243 U01", "Arkiv: A20, &13" (ACOS' codes in comma-separated series). */
    private static final Pattern ARCHIVE_CODE = Pattern.compile("(?iu)(?<![\\p{L}])(?:arkivkode|arkivnr|arkiv|ark)\\.?(?:\\s*:\\s*|[ \\t]{2,})"
            + "(?-i:(" + CODE_WORD + "(?:,?[ \\t]" + CODE_WORD + "){0,2}))");

    private CaseHeader() {
    }

    static Optional<String> officer(String head) {
        Matcher m = OFFICER.matcher(head);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static Optional<String> archiveCode(String head) {
        Matcher m = ARCHIVE_CODE.matcher(head);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
