package no.muni.structure.meeting;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.structure.dates.NorwegianDates;

/**
 * The place and date a notice or a protocol is signed with, before the signer's name and role:
 * "Nordvik 3. mai 2011 Kari Nordmann Ordfører", "Nordvik kommune, 7. oktober 2008 (page break) Eva Li
 * ordfører", in Nynorsk "Nordvik, 13. august 2013 Kari Nordmann Leiar". Where the form's "Møtedato:" is blank, this is the
 * only date the document carries.
 */
final class SignOff {

    private static final Pattern SIGNED = Pattern.compile("(?u)(?<![\\p{L}\\d])\\p{Lu}[\\p{L}-]+(?:\\s+(?:kommune|\\p{Lu}[\\p{L}-]+))?"
            + "(?:\\s*/\\s*\\p{Lu}[\\p{L}-]+)?,?\\s+(?:den\\s+)?(\\d{1,2}\\.\\s*\\p{L}+\\s+\\d{4})\\s+(?:\\d{1,3}\\s+)?"
            + "(?:\\p{Lu}[\\p{L}.-]*\\s+){1,4}(?:\\(sign\\.?\\)\\s+)?"
            + "(?iu:ordfører|varaordfører|leder|utvalgsleder|møteleder|formannskapssekretær|utvalgssekretær|sekretær|rådmann"
            + "|ordførar|varaordførar|leiar|utvalsleiar|møteleiar)(?![\\p{L}])");

    private SignOff() {
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = SIGNED.matcher(text);
        return m.find() ? NorwegianDates.first(m.group(1)) : Optional.empty();
    }
}
