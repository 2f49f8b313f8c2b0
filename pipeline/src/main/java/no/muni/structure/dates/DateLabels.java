package no.muni.structure.dates;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels that say what a date is to the document, where the label and its date stand inside running or flattened text:
 * <ul>
 * <li>the council's adoption on a plan's or report's cover ("Vedtatt av kommunestyret 14.06.2023", Nynorsk "Vedteke av
 * kommunestyret: 20.06.2024", "Vedtatt i bystyret 7. mai 2019", "Godkjent av Nordby kommunestyre 3.3.2021",
 * "Vedtatt: 12.06.2019"): the date of the adopted document, not the committee's step before it ("Behandlet i
 * formannskapet …");</li>
 * <li>a web page's publication ("Publisert: 14.02.2025 10:41", "Opprettet 3.2.2025"), which dates the page; its last
 * edit ("Sist oppdatert:", "Sist endret:", "Oppdatert") does not;</li>
 * <li>a "Dato:" label inside a flattened header ("Høringssvar fra … Dato: 04.03.2022 Svartype: …"); the other party's
 * "Deres dato:" is not the document's, and a "Møtedato:" is the meeting's, which its form reads.</li>
 * </ul>
 */
public final class DateLabels {

    /** What may stand between a label and its date: a colon, "den", the weekday. */
    private static final String DATE_AFTER = "\\s*[:.,]?\\s*(?iu:(?:den|mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag"
            + "|søndag|sundag)\\s+)?(?=\\d)";
    /** A cover's note, capitalised as a note is, not a sentence's verb ("Planen ble vedtatt av kommunestyret …"). */
    private static final Pattern ADOPTED = Pattern.compile("(?u)(?<![\\p{L}])(?:Vedtatt|VEDTATT|Vedteke|VEDTEKE|Godkjent|GODKJENT|Godkjend)"
            + "(?:\\s*:|\\s+(?iu:(?:av|i)\\s+(?:\\p{L}[\\p{L}-]+\\s+)?(?:kommunestyre|bystyre|heradsstyre|herredsstyre|fylkesting)(?:t|et)?))"
            + DATE_AFTER);
    /** A page's stamp: a label, or a line that opens with it; not a sentence's "ble publisert 3. mars". */
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:publisert|opprettet|oppretta)\\s*:|^\\s*(?:publisert|opprettet|oppretta))"
            + DATE_AFTER);
    private static final Pattern EDITED = Pattern.compile("(?iu)(?<![\\p{L}])(?:sist\\s+)?(?:oppdatert|endret|endra)" + DATE_AFTER
            + "[\\d.:-]+(?:\\s+\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)?");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?<!deres\\s)dato\\s*:" + DATE_AFTER);
    /** The date follows its label at once. */
    private static final int DATE_WITHIN = 20;

    private DateLabels() {
    }

    /** The council's adoption date a cover prints. */
    public static Optional<LocalDate> adopted(String text) {
        return after(ADOPTED, text);
    }

    /** A web page's publication date. */
    public static Optional<LocalDate> published(String text) {
        return after(PUBLISHED, text);
    }

    /** The date of a "Dato:" label anywhere in the text. */
    public static Optional<LocalDate> labelled(String text) {
        return after(DATE_LABEL, text);
    }

    /** The text without the dates of a page's last edit, which say nothing of when it was written. */
    public static String withoutEdits(String text) {
        return EDITED.matcher(text).replaceAll(" ");
    }

    private static Optional<LocalDate> after(Pattern label, String text) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = NorwegianDates.first(text.substring(m.end(), Math.min(text.length(), m.end() + DATE_WITHIN)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
