package no.muni.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A parsed query turned to the body's prefix and pair fields (as Elasticsearch's {@code index_prefixes} and
 * {@code index_phrases} do; see docs/search-analysis.md), for an index whose documents all have them:
 * <ul>
 * <li>a trailing wildcard of {@link MuniAnalyzer#MIN_PREFIX} to {@link MuniAnalyzer#MAX_PREFIX} letters on
 * {@code text} or {@code text.folded} becomes one term of the field's prefix field: the same documents as every
 * expansion together, none left out at the expansion cap, scored as one word (how many of the document's words
 * begin so) instead of the sum of the first {@link CappedExpansion#MAX_TERMS} expansions' scores;</li>
 * <li>an exact phrase of two words or more on {@code text.exact} or {@code text.folded} keeps its phrase query,
 * which alone scores, and gets each pair of adjacent words (folded) as a filter: Lucene's conjunction then reads
 * positions only in the documents holding every pair, and the hits and scores stay those of the phrase.</li>
 * </ul>
 * Every other part of the query is kept as it is.
 */
final class PrefixesAndPairs {

    private PrefixesAndPairs() {
    }

    /** {@code query} searching the prefix and pair fields where it can; {@code analyzer} folds the pairs' words. */
    static Query apply(Query query, Analyzer analyzer) {
        return switch (query) {
            case BooleanQuery bool -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                bool.clauses().forEach(c -> b.add(apply(c.query(), analyzer), c.occur()));
                yield b.build();
            }
            case BoostQuery boost -> new BoostQuery(apply(boost.getQuery(), analyzer), boost.getBoost());
            case PrefixQuery prefix -> prefixTerm(prefix);
            case PhraseQuery phrase -> withPairs(phrase, analyzer);
            default -> query;
        };
    }

    private static Query prefixTerm(PrefixQuery prefix) {
        String field = IndexFields.prefixesOf(prefix.getField());
        String text = prefix.getPrefix().text();
        int letters = text.codePointCount(0, text.length());
        if (field == null || letters < MuniAnalyzer.MIN_PREFIX || letters > MuniAnalyzer.MAX_PREFIX) {
            return prefix;
        }
        return new TermQuery(new Term(field, text));
    }

    private static Query withPairs(PhraseQuery phrase, Analyzer analyzer) {
        String field = IndexFields.pairsOf(phrase.getField());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (field == null || phrase.getSlop() != 0 || terms.length < 2) {
            return phrase;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST);
        for (int i = 1; i < terms.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return phrase; // a gap or a stacked word: no pair was indexed for it
            }
            String pair = folded(analyzer, terms[i - 1]) + MuniAnalyzer.PAIR_SEPARATOR + folded(analyzer, terms[i]);
            b.add(new TermQuery(new Term(field, pair)), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static String folded(Analyzer analyzer, Term word) {
        BytesRef folded = analyzer.normalize(IndexFields.TEXT_FOLDED, word.text());
        return folded.utf8ToString();
    }
}
