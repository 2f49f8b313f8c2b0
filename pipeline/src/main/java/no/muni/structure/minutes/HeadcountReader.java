package no.muni.structure.minutes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Table;

/** The number of attendees minutes state: "Til sammen 28 personer deltok", "Totalt 14 deltakere", "12 personer møtte". */
final class HeadcountReader {
    private static final String PEOPLE = "(?:personer|deltakere|deltagere|representanter|fremmøtte)";
    private static final Pattern TOTAL = Pattern.compile(
            "\\b(?:til sammen|totalt|i alt|tilsammen)\\s+(\\d{1,4})\\s+" + PEOPLE
                    + "|\\b(\\d{1,4})\\s+" + PEOPLE + "\\s+(?:deltok|møtte|var til stede)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HeadcountReader() {
    }

    static Integer read(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Table) {
                continue;
            }
            Matcher m = TOTAL.matcher(block.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return null;
    }
}
