package no.muni.structure.presentation;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

import no.muni.text.Bullets;

/**
 * Finds where a flattened slide's title ends. Titles are short noun phrases; the body starts where
 * a capitalised word follows a lowercase one (a new line began), where an enumerator or number
 * appears, or after a word that closes a sentence.
 */
final class SlideTitle {

    record Split(String title, String rest) {}

    private static final int MAX_TITLE_WORDS = 8;
    private static final Pattern ENUMERATOR_OR_NUMBER = Pattern.compile("^(?:\\d.*|" + Bullets.CLASS + "|[a-z]\\))$");
    /** Years and periods belong to titles ("Plan for idrett 2024-2027"); counts do not. */
    private static final Pattern YEARS = Pattern.compile("^(?:19|20)\\d{2}(?:[-–](?:19|20)\\d{2})?$");
    /** Prepositions and conjunctions that titles follow with a proper name ("Plan for Bodø", "KS og Frivillighet Norge"). */
    private static final Set<String> LEADS_TO_NAME =
            Set.of("for", "i", "av", "på", "til", "med", "og", "om", "fra", "ved", "mot", "hos", "mellom", "under");
    private static final Pattern CLOSES = Pattern.compile(".*[.?!:]$");

    private SlideTitle() {
    }

    /**
     * @param flattened true when the title runs on into the slide's body in one paragraph, so a
     *     capitalised word followed by lowercase ones starts the body; false for a slide that opens
     *     with its own heading line, where that would cut proper names ("Drammen Kommunes …")
     */
    static Split split(String content, boolean flattened) {
        String[] words = content.split("\\s+");
        if (flattened && words.length <= MAX_TITLE_WORDS && !CLOSES.matcher(content).matches()) {
            // A slide with no more than a title's words and no sentence is a title slide: all title.
            return new Split(content.replaceAll("[*:]+$", "").strip(), "");
        }
        int end = 0;
        while (end < Math.min(words.length, MAX_TITLE_WORDS)) {
            String word = words[end];
            if (end > 0 && startsBody(words, end, flattened)) {
                break;
            }
            if (end == 0 && ENUMERATOR_OR_NUMBER.matcher(word).matches()) {
                return new Split(null, content);
            }
            end++;
            if (CLOSES.matcher(word).matches()) {
                break;
            }
        }
        String title = String.join(" ", Arrays.copyOfRange(words, 0, end)).replaceAll("[*:]+$", "").strip();
        String rest = String.join(" ", Arrays.copyOfRange(words, end, words.length));
        return new Split(title.isEmpty() ? null : title, rest);
    }

    private static boolean startsBody(String[] words, int i, boolean flattened) {
        String word = words[i];
        if (ENUMERATOR_OR_NUMBER.matcher(word).matches() && !YEARS.matcher(word).matches()) {
            return true;
        }
        if (!startsUpper(word) || isAcronym(word)) {
            return false;
        }
        boolean afterLowercase = !startsUpper(words[i - 1]) && !LEADS_TO_NAME.contains(words[i - 1]);
        boolean sentenceFollows = i + 1 < words.length && Character.isLowerCase(words[i + 1].codePointAt(0));
        return afterLowercase || (flattened && sentenceFollows);
    }

    private static boolean startsUpper(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase);
    }
}
