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
 * answer depends on the word alone, so here it is asked once per distinct word and kept; and three shapes of word
 * are not asked at all, since the model decides each the same way every time (checked on every distinct word of
 * NorNE train and dev, Bokmål and Nynorsk, the seed corpus and the realdocs texts): a word of letters stays whole
 * (0 of 45,760 split), and so does a number of digits (0 of 456); a word of letters followed by one of
 * {@code , : ; ! ? »} is split before that mark (12,936 of 12,936), and « before a word of letters is split off
 * (589 of 589). Not so a trailing full stop (abbreviations and initials keep theirs), a parenthesis or a straight
 * quote, which the model splits or not by the word. The tokens are
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
            int start = word.getStart();
            int end = word.getEnd();
            if (end - start < 2 || isLetters(sentence, start, end) || isDigits(sentence, start, end)) {
                out.add(word);
            } else if (TRAILING_MARKS.indexOf(sentence.charAt(end - 1)) >= 0 && isLetters(sentence, start, end - 1)) {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else if (sentence.charAt(start) == '«' && isLetters(sentence, start + 1, end)) {
                out.add(new Span(start, start + 1));
                out.add(new Span(start + 1, end));
            } else {
                Span[] tokens = tokens(sentence.substring(start, end));
                if (tokens == null) {
                    out.add(word);
                } else {
                    for (Span t : tokens) {
                        out.add(new Span(start + t.getStart(), start + t.getEnd()));
                    }
                }
            }
        }
        return out.toArray(Span[]::new);
    }

    /** Marks the model always splits off the end of a word of letters. */
    private static final String TRAILING_MARKS = ",:;!?»";

    private static boolean isLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
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
