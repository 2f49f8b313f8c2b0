package no.muni.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene query syntax over title, text, measures and an e-mail's sender and recipients ({@code from:},
 * {@code to:}). Words search the stemmed fields (which hold the
 * parts of compounds) and the folded ones (so a query typed without æ/ø/å still matches); "quoted
 * phrases" search the unstemmed fields instead, so they match as written. Words are ANDed. Wildcard, prefix
 * and fuzzy terms expand to a capped number of index terms ({@link CappedExpansion}).
 */
public class MuniQueryParser extends MultiFieldQueryParser {

    private static final Map<String, Float> BOOSTS = Map.of(
            IndexFields.TITLE, 3f,
            IndexFields.TEXT, 1f,
            IndexFields.MEASURE_TEXT, 1f,
            IndexFields.TITLE_FOLDED, 1.5f,
            IndexFields.TEXT_FOLDED, 0.5f,
            IndexFields.FROM, 1f,
            IndexFields.TO, 1f);

    private final CappedExpansion expansion = new CappedExpansion();

    /** A parser analysing words with muni's query-side analyser. */
    @SuppressWarnings("this-escape") // the setters only store settings; a subclass (SolrQueryText) overrides none of them
    public MuniQueryParser() {
        this(new MuniAnalyzer(MuniAnalyzer.Side.QUERY));
    }

    @SuppressWarnings("this-escape") // as above
    MuniQueryParser(Analyzer queryAnalyzer) {
        super(BOOSTS.keySet().stream().sorted().toArray(String[]::new), queryAnalyzer, BOOSTS);
        setDefaultOperator(QueryParser.Operator.AND);
        setMultiTermRewriteMethod(expansion);
    }

    /**
     * Parses a user's query; a mistake becomes a {@link QuerySyntaxException} that explains it ({@link QueryMistakes}).
     */
    public Query parseUserQuery(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("the query is empty", "Søket er tomt");
        }
        try {
            return parse(queryText);
        } catch (org.apache.lucene.queryparser.classic.ParseException | IllegalArgumentException e) {
            throw QueryMistakes.explain(queryText, e.getMessage());
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw QueryMistakes.tooManyTerms(queryText);
        }
    }

    /** How this parser's wildcard, prefix and fuzzy terms expand, and whether an expansion was cut. */
    CappedExpansion expansion() {
        return expansion;
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int edits = FuzzyQuery.floatToEdits(minimumSimilarity, term.text().codePointCount(0, term.text().length()));
        return new FuzzyQuery(term, edits, prefixLength, CappedExpansion.MAX_TERMS, FuzzyQuery.defaultTranspositions,
                expansion);
    }

    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
            throws org.apache.lucene.queryparser.classic.ParseException {
        return super.newFieldQuery(analyzer, quoted ? IndexFields.exactOf(field) : field, queryText, quoted);
    }
}
