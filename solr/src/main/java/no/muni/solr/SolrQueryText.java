package no.muni.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.solr.client.solrj.util.ClientUtils;

import no.muni.index.IndexFields;
import no.muni.index.MuniQueryParser;

/**
 * A muni query in Solr's standard query syntax, so that a collection is searched as the embedded index is: the
 * same parser (muni's {@link MuniQueryParser}: fields and boosts, AND between words, quoted phrases on the exact
 * fields) decides the structure, but each clause stays text for Solr to analyse with the schema's field types,
 * which reproduce muni's chain. Nothing is analysed twice.
 */
final class SolrQueryText extends MuniQueryParser {

    /**
     * Splits on whitespace, so each word becomes its own group of field clauses ANDed with the others, as muni's
     * parser builds them from the analysed tokens of each position.
     */
    private SolrQueryText() {
        setSplitOnWhitespace(true);
    }

    /** The Solr query for a muni query; mistakes are explained as {@code muni search} explains them. */
    static String of(String queryText) {
        return new SolrQueryText().parseUserQuery(queryText).toString();
    }

    /** The slop of the quoted phrase being parsed ({@code "a b"~2}), 0 for none. */
    private int phraseSlop;

    /** Notes a phrase's slop for {@link #newFieldQuery}: Lucene applies it to phrase queries only, this parser builds text. */
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        phraseSlop = slop;
        try {
            return super.getFieldQuery(field, queryText, slop);
        } finally {
            phraseSlop = 0;
        }
    }

    /**
     * A quoted phrase goes to the field's exact twin as a phrase, with its slop. A word goes as its tokens (muni's tokenizer, lower
     * case, every one required: {@code e-post} is {@code +e +post}); a word with no token (punctuation) is no
     * clause at all, as in muni's parser.
     */
    @Override
    protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted) {
        if (quoted) {
            return new Clause(IndexFields.exactOf(field), "\"" + queryText.replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\"" + (phraseSlop > 0 ? "~" + phraseSlop : ""));
        }
        List<String> tokens = tokens(analyzer, queryText);
        return switch (tokens.size()) {
            case 0 -> null;
            case 1 -> new Clause(field, ClientUtils.escapeQueryChars(tokens.getFirst()));
            default -> new Clause(field, tokens.stream().map(t -> "+" + ClientUtils.escapeQueryChars(t))
                    .collect(Collectors.joining(" ", "(", ")")));
        };
    }

    /** The word's tokens as the exact fields see them: the tokenizer's split, in lower case. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT_EXACT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse the query word " + text, e);
        }
        return tokens;
    }

    @Override
    protected Query newPrefixQuery(Term prefix) {
        return new Clause(prefix.field(), ClientUtils.escapeQueryChars(prefix.text()) + "*");
    }

    @Override
    protected Query newWildcardQuery(Term t) {
        return new Clause(t.field(), t.text().replaceAll("([^\\p{L}\\p{N}*?])", "\\\\$1"));
    }

    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int edits = org.apache.lucene.search.FuzzyQuery.floatToEdits(minimumSimilarity,
                term.text().codePointCount(0, term.text().length()));
        return new Clause(term.field(), ClientUtils.escapeQueryChars(term.text()) + "~" + edits);
    }

    @Override
    protected Query newRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) {
        return new Clause(field, (startInclusive ? "[" : "{") + bound(part1) + " TO " + bound(part2)
                + (endInclusive ? "]" : "}"));
    }

    private static String bound(String part) {
        return part == null ? "*" : ClientUtils.escapeQueryChars(part);
    }

    /** One field's clause, in Solr syntax, as the parser's boolean and boost queries print it. */
    private static final class Clause extends Query {
        private final String field;
        private final String text;

        Clause(String field, String text) {
            this.field = SolrDocuments.textField(field);
            this.text = text;
        }

        @Override
        public String toString(String defaultField) {
            return field + ":" + text;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            visitor.visitLeaf(this);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Clause c && c.field.equals(field) && c.text.equals(text);
        }

        @Override
        public int hashCode() {
            return field.hashCode() * 31 + text.hashCode();
        }
    }
}
