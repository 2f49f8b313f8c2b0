package no.muni.structure.minutes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.text.InlineText;

/**
 * Who held the meeting. Either stated ("Arrangør: Kulturkontoret", "Møtearrangør – …") or, in the
 * memo-style head of minutes (title, date, unit, "REFERAT"), the short name line of the issuing
 * unit: a line of a few words without digits or sentence punctuation that is neither the title
 * nor an all-capitals document label.
 */
final class OrganiserReader {
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:Arrangør|Møtearrangør|Arrangert av|Innkalt av|Ansvarlig enhet)\\s*[:–-]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAME_LINE = Pattern.compile("^\\p{Lu}[\\p{L}\\-/ ]{2,60}$");
    private static final int MAX_NAME_WORDS = 5;

    private OrganiserReader() {
    }

    /** @param head the blocks before the minutes' first list or agenda item */
    static Optional<String> read(List<Block> head, String title) {
        Optional<String> labelled = head.stream()
                .map(b -> LABELLED.matcher(InlineText.clean(b.text())))
                .filter(Matcher::matches)
                .map(m -> InlineText.label(m.group(1)))
                .findFirst();
        if (labelled.isPresent()) {
            return labelled;
        }
        return head.stream()
                .filter(b -> b instanceof Paragraph || b instanceof Heading)
                .map(b -> InlineText.clean(b.text()))
                .filter(line -> isUnitName(line, title))
                .findFirst();
    }

    /** The blocks before the first list item: the head where memo-style minutes name their unit. */
    static List<Block> head(List<Block> body) {
        int end = 0;
        while (end < body.size() && !(body.get(end) instanceof ListItem)) {
            end++;
        }
        return body.subList(0, end);
    }

    private static boolean isUnitName(String line, String title) {
        return NAME_LINE.matcher(line).matches()
                && line.split("\\s+").length <= MAX_NAME_WORDS
                && !line.equals(line.toUpperCase())
                && (title == null || !InlineText.clean(title).equalsIgnoreCase(line));
    }
}
