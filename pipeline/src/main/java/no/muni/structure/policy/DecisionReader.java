package no.muni.structure.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Policy.Decision;
import no.muni.model.Table;
import no.muni.structure.dates.NorwegianDates;
import no.muni.text.InlineText;

/**
 * The political decision that adopted a policy, as its head states it: "Bystyrets vedtak 17. juni
 * 2014", "Kommunestyrets vedtak 12.03.2021", "Vedtatt av kommunestyret 4. mai 2022", "Vedtatt i
 * fylkestinget den 10.10.19". The body is named in its definite form ("Bystyret").
 */
final class DecisionReader {
    private static final Pattern GENITIVE = Pattern.compile("\\b(\\p{L}{4,})s\\s+vedtak\\b");
    private static final Pattern ADOPTED = Pattern.compile("\\b[Vv]edtatt\\s+(?:av|i)\\s+(\\p{L}{4,})\\b");
    /** The date follows the body closely ("… vedtak av 17. juni 2014"); one further away dates something else. */
    private static final int DATE_WITHIN = 30;

    private DecisionReader() {
    }

    static Optional<Decision> read(List<Block> body) {
        for (Block block : body) {
            if (block instanceof Table) {
                continue;
            }
            String text = InlineText.clean(block.text());
            Optional<Decision> decision = match(GENITIVE.matcher(text), text)
                    .or(() -> match(ADOPTED.matcher(text), text));
            if (decision.isPresent()) {
                return decision;
            }
        }
        return Optional.empty();
    }

    private static Optional<Decision> match(Matcher m, String text) {
        if (!m.find()) {
            return Optional.empty();
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + DATE_WITHIN));
        return NorwegianDates.first(after).map(date -> new Decision(capitalised(m.group(1)), date));
    }

    /** "Bystyret"/"bystyret" → "Bystyret": the body as a name. */
    private static String capitalised(String body) {
        return Character.toUpperCase(body.charAt(0)) + body.substring(1).toLowerCase(Locale.ROOT);
    }
}
