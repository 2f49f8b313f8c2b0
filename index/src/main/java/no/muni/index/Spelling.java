package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a query of plain words that found nothing, the same words with each word the index
 * does not hold replaced by the closest word it does (Lucene's {@link DirectSpellChecker}: edit distance
 * up to 2 over the index's own terms, more frequent words preferred), so no dictionary has to be kept.
 * Words are looked up as written, unstemmed ({@link IndexFields#TEXT_EXACT}). A SolrCloud collection answers
 * the same with Solr's {@code DirectSolrSpellChecker} on the same field, through {@link #suggest(String, UnaryOperator)}.
 */
public final class Spelling {

    /** Plain words only: a query with operators, fields, quotes or wildcards is left as the user wrote it. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}\\s-]+");

    private Spelling() {
    }

    /** The corrected query, or null when there is nothing to correct. */
    static String suggest(IndexReader reader, String query) {
        DirectSpellChecker checker = new DirectSpellChecker();
        return suggest(query, word -> {
            Term term = new Term(IndexFields.TEXT_EXACT, word);
            try {
                if (reader.docFreq(term) > 0) {
                    return null;
                }
                SuggestWord[] best = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                return best.length > 0 ? best[0].string : null;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the index for spelling suggestions", e);
            }
        });
    }

    /**
     * The query with each word replaced by its correction ({@code correction} of the lower-case word: the closest
     * word the index holds, or null to keep it), or null when the query is no plain words or nothing was corrected.
     */
    public static String suggest(String query, UnaryOperator<String> correction) {
        if (query == null || query.isBlank() || !PLAIN.matcher(query).matches()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        boolean changed = false;
        for (String word : query.strip().split("\\s+")) {
            String better = correction.apply(word.toLowerCase(Locale.ROOT));
            changed |= better != null;
            words.add(better != null ? better : word);
        }
        return changed ? String.join(" ", words) : null;
    }
}
