package no.muni.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.text.Bullets;
import no.muni.text.InlineText;

/**
 * A block that starts with an enumerator ("4.", "4.2.", "a)", "A."), whichever way the parser
 * delivered it: as a heading number, as a list item's marker, or still inside the text (a bullet
 * item "- 4.1. …", or a plain-text line "5.1. …"). Municipal documents number their outline this
 * way in every format, so readers of numbered structure look at this view instead of block kinds.
 *
 * @param number the enumerator without its closing dot or parenthesis ("4.2", "a", "A")
 * @param text   the cleaned text after the enumerator
 * @param bulleted true when the enumerator sits inside the text of a bullet list item ("- 4.1. …")
 */
public record Enumerated(String number, String text, Block block, boolean bulleted) {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)[.)]?$");
    private static final Pattern LETTER = Pattern.compile("^([\\p{L}])[.)]$");
    // In text, a bare number is ordinary prose ("10 høres mye ut"): a single number needs its dot or
    // parenthesis, while "4.2" is a section number with or without one.
    private static final Pattern IN_TEXT = Pattern.compile(
            "^[*_]*(\\d{1,2}(?:\\.\\d{1,2})+[.)]?|\\d{1,2}[.)]|[\\p{L}][.)])[*_]*\\s+(.*)$", Pattern.DOTALL);

    public static Optional<Enumerated> of(Block block) {
        return switch (block) {
            case Heading h when h.number() != null && !h.number().isBlank() ->
                    Optional.of(new Enumerated(strip(h.number()), InlineText.clean(h.text()), block, false));
            case Heading h -> fromText(h.text(), block);
            case ListItem li -> fromMarker(li.marker(), li.text(), block).or(() -> fromText(li.text(), block));
            case Paragraph p -> fromText(p.text(), block);
            default -> Optional.empty();
        };
    }

    /** True for a number with one part ("4"), false for "4.2" and letters. */
    public boolean topLevel() {
        return number.chars().allMatch(Character::isDigit);
    }

    /** True for a single letter ("a", "B"). */
    public boolean letter() {
        return number.length() == 1 && Character.isLetter(number.charAt(0));
    }

    private static Optional<Enumerated> fromMarker(String marker, String text, Block block) {
        if (marker == null) {
            return Optional.empty();
        }
        String m = marker.strip();
        if (NUMBER.matcher(m).matches() || LETTER.matcher(m).matches()) {
            return Optional.of(new Enumerated(strip(m), InlineText.clean(text), block, false));
        }
        return Optional.empty();
    }

    private static Optional<Enumerated> fromText(String text, Block block) {
        String cleaned = text == null ? "" : text.strip();
        // A leading bullet in the text ("- a) …") hides the enumerator from the parser.
        cleaned = cleaned.replaceFirst("^" + Bullets.CLASS + "\\s+", "");
        Matcher m = IN_TEXT.matcher(cleaned);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Enumerated(strip(m.group(1)), InlineText.clean(m.group(2)), block,
                block instanceof ListItem));
    }

    private static String strip(String enumerator) {
        return enumerator.strip().replaceAll("[.)]+$", "");
    }
}
