package no.muni.structure.goals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.Paragraph;
import no.muni.text.InlineText;

/**
 * A heading that opens a policy area: "Politikkområde: Mangfold og inkludering" (also with ";" or
 * "–"), or the same with "Satsingsområde", "Innsatsområde", "Fokusområde", "Hovedområde". Plans
 * and their working papers group goals under such areas throughout Norwegian municipal planning.
 */
final class AreaHeading {
    private static final Pattern AREA = Pattern.compile(
            "^(?:politikk|satsings?|innsats|fokus|hoved|tema)område\\s*[:;–-]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_PARAGRAPH_LENGTH = 120;

    private AreaHeading() {
    }

    static Optional<String> of(Block block) {
        String text = switch (block) {
            case Heading h -> h.text();
            // Plain transcriptions may deliver a short heading line as a paragraph.
            case Paragraph p when p.text().length() <= MAX_PARAGRAPH_LENGTH -> p.text();
            default -> null;
        };
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = AREA.matcher(InlineText.label(text));
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
