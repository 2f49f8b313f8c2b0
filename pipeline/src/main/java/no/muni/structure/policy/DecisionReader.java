package no.muni.structure.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.DocumentStructure.Decision;
import no.muni.model.Table;
import no.muni.structure.InlineText;

/**
 * The political decision that adopted a policy, as its head states it: "Bystyrets vedtak 17. juni
 * 2014", "Kommunestyrets vedtak 12.03.2021", "Vedtatt av kommunestyret 4. mai 2022", "Vedtatt i
 * fylkestinget den 10.10.19". The body is named in its definite form ("Bystyret").
 */
final class DecisionReader {
    private static final String DATE = "(\\d{1,2})\\.\\s*(?:(\\d{1,2})\\.|([\\p{L}]+))\\s*(\\d{2}|\\d{4})\\b";
    private static final Pattern GENITIVE = Pattern.compile(
            "\\b(\\p{L}{4,})s\\s+vedtak\\s+(?:(?:av|fra|den|i møte)\\s+)*" + DATE, Pattern.UNICODE_CASE);
    private static final Pattern ADOPTED = Pattern.compile(
            "\\b[Vv]edtatt\\s+(?:av|i)\\s+(\\p{L}{4,})\\s+(?:den\\s+|i møte\\s+)?" + DATE, Pattern.UNICODE_CASE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("februar", 2), Map.entry("mars", 3), Map.entry("april", 4),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("desember", 12));
    private static final int CENTURY = 2000;

    private DecisionReader() {
    }

    static Optional<Decision> read(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Table) {
                continue;
            }
            String text = InlineText.clean(block.text());
            Optional<Decision> decision = match(GENITIVE.matcher(text)).or(() -> match(ADOPTED.matcher(text)));
            if (decision.isPresent()) {
                return decision;
            }
        }
        return Optional.empty();
    }

    private static Optional<Decision> match(Matcher m) {
        if (!m.find()) {
            return Optional.empty();
        }
        return date(m.group(2), m.group(3), m.group(4), m.group(5))
                .map(date -> new Decision(definite(m.group(1)), date));
    }

    private static Optional<LocalDate> date(String day, String monthNumber, String monthName, String year) {
        Integer month = monthNumber != null ? Integer.valueOf(monthNumber)
                : MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int y = Integer.parseInt(year);
        try {
            return Optional.of(LocalDate.of(y < 100 ? CENTURY + y : y, month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Bystyret"/"bystyret" → "Bystyret": the body as a name, capitalised. */
    private static String definite(String body) {
        return Character.toUpperCase(body.charAt(0)) + body.substring(1).toLowerCase(Locale.ROOT);
    }
}
