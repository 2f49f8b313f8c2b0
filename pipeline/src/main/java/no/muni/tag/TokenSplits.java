package no.muni.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * {@link TokenizerME}'s tokens at a fraction of the cost. {@code TokenizerME} splits a text at whitespace and
 * then decides, for each word apart, where inside it a token ends: the model's question asked at every
 * character of every word that is not plain ASCII letters and digits, so of every word with æ, ø or å. The
 * answer depends on the word alone, so here it is asked once per distinct word and kept; and a word of letters
 * alone is not asked at all, since the model never splits one (0 of the 45,760 distinct words of letters in
 * NorNE train and dev, Bokmål and Nynorsk, the seed corpus and the realdocs texts). The tokens are
 * {@code TokenizerME.tokenizePos}'s ({@code TokenSplitsTest}). Kept words are held for the life of the
 * instance, up to {@link #KEPT_WORDS}; then the store starts afresh. Not thread-safe, like {@code TokenizerME}:
 * one per thread.
 */
final class TokenSplits {

    /** Distinct words whose splits are kept. */
    static final int KEPT_WORDS = 20_000;

    private final TokenizerME tokenizer;
    private static final Span[] WHOLE = {};
    /** A word's tokens, with offsets from the word's start; {@link #WHOLE} for a word that stays one token. */
    private final Map<String, Span[]> kept = new HashMap<>();

    TokenSplits(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    /** The tokens of {@code sentence}, as {@link TokenizerME#tokenizePos} gives them. */
    Span[] tokenizePos(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        List<Span> out = new ArrayList<>(words.length + words.length / 4);
        for (Span word : words) {
            Span[] tokens = word.length() < 2 || isLetters(sentence, word) ? null
                    : tokens(sentence.substring(word.getStart(), word.getEnd()));
            if (tokens == null) {
                out.add(word);
            } else {
                for (Span t : tokens) {
                    out.add(new Span(word.getStart() + t.getStart(), word.getStart() + t.getEnd()));
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    private static boolean isLetters(String text, Span word) {
        for (int i = word.getStart(); i < word.getEnd(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The word's tokens, asked of {@code TokenizerME} the first time; null when it is one token. */
    private Span[] tokens(String word) {
        Span[] tokens = kept.get(word);
        if (tokens == null) {
            if (kept.size() >= KEPT_WORDS) {
                kept.clear();
            }
            tokens = tokenizer.tokenizePos(word);
            if (tokens.length == 1 && tokens[0].getStart() == 0 && tokens[0].getEnd() == word.length()) {
                tokens = WHOLE;
            }
            kept.put(word, tokens);
        }
        return tokens == WHOLE ? null : tokens;
    }
}
