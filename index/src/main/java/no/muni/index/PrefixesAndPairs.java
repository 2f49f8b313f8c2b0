package no.muni.index;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A parsed query turned to the body's prefix and pair fields (as Elasticsearch's {@code index_prefixes} and
 * {@code index_phrases} do; see docs/search-analysis.md), for an index whose documents all have them:
 * <ul>
 * <li>a trailing wildcard of {@link MuniAnalyzer#MIN_PREFIX} to {@link MuniAnalyzer#MAX_PREFIX} letters on
 * {@code text} or {@code text.folded} becomes one term of the field's prefix field: the same documents as every
 * expansion together, none left out at the expansion cap, scored as one word (how many of the document's words
 * begin so) instead of the sum of the first {@link CappedExpansion#MAX_TERMS} expansions' scores;</li>
 * <li>an exact phrase of two words on {@code text.exact} or {@code text.folded} becomes one term of the field's
 * pair field: the same documents, scored as one word (how often the pair stands in the document) instead of as
 * a phrase of two words; a longer phrase keeps its phrase query, which alone scores, with each of its pairs as a
 * filter, so positions are read only in the documents holding every pair.</li>
 * </ul>
 * Every other part of the query is kept as it is; a query with nothing to turn is returned itself.
 */
final class PrefixesAndPairs {

    private PrefixesAndPairs() {
    }

    /** {@code query} searching the prefix and pair fields where it can, or {@code query} itself. */
    static Query apply(Query query) {
        return switch (query) {
            case BooleanQuery bool -> {
                List<BooleanClause> clauses = bool.clauses();
                List<Query> turned = clauses.stream().map(c -> apply(c.query())).toList();
                boolean same = true;
                for (int i = 0; i < clauses.size(); i++) {
                    same &= turned.get(i) == clauses.get(i).query();
                }
                if (same) {
                    yield bool;
                }
                BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (int i = 0; i < clauses.size(); i++) {
                    b.add(turned.get(i), clauses.get(i).occur());
                }
                yield b.build();
            }
            case BoostQuery boost -> {
                Query inner = apply(boost.getQuery());
                yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
            }
            case PrefixQuery prefix -> prefixTerm(prefix);
            case PhraseQuery phrase -> withPairs(phrase);
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

    private static Query withPairs(PhraseQuery phrase) {
        String field = IndexFields.pairsOf(phrase.getField());
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (field == null || phrase.getSlop() != 0 || terms.length < 2) {
            return phrase;
        }
        Term[] pairs = new Term[terms.length - 1];
        for (int i = 1; i < terms.length; i++) {
            if (positions[i] != positions[i - 1] + 1) {
                return phrase; // a gap or a stacked word: no pair was indexed for it
            }
            pairs[i - 1] = new Term(field, terms[i - 1].text() + MuniAnalyzer.PAIR_SEPARATOR + terms[i].text());
        }
        if (pairs.length == 1) {
            return new TermQuery(pairs[0]);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(phrase, BooleanClause.Occur.MUST);
        for (Term pair : pairs) {
            b.add(new TermQuery(pair), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }
}
