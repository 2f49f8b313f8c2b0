package no.muni.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.index.Term;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * How a query's wildcard, prefix and fuzzy terms expand: to at most {@link #MAX_TERMS} index terms each
 * (Lucene's blended top-terms rewrite: the fewest edits first for a fuzzy term; a wildcard's terms are alike,
 * so the first in term order), at rewrite time so the search's time limit covers it. A trailing wildcard in
 * the body usually does not expand at all (see {@link PrefixesAndPairs}). Remembers whether any expansion was
 * cut at the cap, so a search can say its result is partial. One instance per parsed query.
 */
final class CappedExpansion extends MultiTermQuery.RewriteMethod {

    static final int MAX_TERMS = 64;

    private final MultiTermQuery.RewriteMethod topTerms = new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_TERMS);
    private volatile boolean cut;

    @Override
    public Query rewrite(IndexSearcher searcher, MultiTermQuery query) throws IOException {
        Query expanded = topTerms.rewrite(searcher, query);
        Set<Term> terms = new HashSet<>();
        expanded.visit(QueryVisitor.termCollector(terms));
        if (terms.size() >= MAX_TERMS) {
            cut = true;
        }
        return expanded;
    }

    /** Whether some term had more expansions than {@link #MAX_TERMS}. */
    boolean cut() {
        return cut;
    }
}
