package no.muni.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells Bokmål, Nynorsk and English apart by their most frequent function words: enough to flag the
 * occasional English or Nynorsk document in a municipal corpus, cheap enough to run on every file.
 */
final class LanguageGuess {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> BOKMAAL = Set.of("og", "i", "det", "som", "er", "på", "til", "med", "for",
            "ikke", "en", "av", "har", "de", "jeg", "hva", "fra", "være", "hvordan", "dem", "noen", "kommunen");
    private static final Set<String> NYNORSK = Set.of("ikkje", "eg", "kva", "korleis", "frå", "vere", "dei",
            "berre", "noko", "kommunen", "og", "i", "det", "som", "er", "på", "til", "med", "for", "ein", "eit");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in", "that", "it", "for",
            "with", "as", "was", "on", "are", "this", "be", "by");

    private LanguageGuess() {
    }

    /** "nb", "nn", "en" or null when the text is too short or none fits. */
    static String of(String text) {
        int nb = 0;
        int nn = 0;
        int en = 0;
        int words = 0;
        var m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            nb += BOKMAAL.contains(w) ? 1 : 0;
            nn += NYNORSK.contains(w) ? 1 : 0;
            en += ENGLISH.contains(w) ? 1 : 0;
        }
        if (words < 5) {
            return null;
        }
        int best = Math.max(en, Math.max(nb, nn));
        if (best * 20 < words) {
            return null;
        }
        if (best == en && en > nb) {
            return "en";
        }
        return nn > nb ? "nn" : "nb";
    }
}
