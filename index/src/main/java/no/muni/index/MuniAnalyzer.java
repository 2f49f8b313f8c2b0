package no.muni.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Norwegian (Bokmål) text, chosen per field (see {@link IndexFields#analysisOf}) and
 * evaluated in docs/search-analysis.md:
 * <ul>
 * <li>stemmed fields: Unicode words, lower case, compounds split with a dictionary of simple words
 * (index side only), then the minimal Norwegian stemmer (plural and definite endings only) — "koordinator" finds
 * "frivillighetskoordinator", "avtale" finds "samarbeidsavtaler";</li>
 * <li>exact fields: words in lower case, for "quoted phrases";</li>
 * <li>folded fields: exact plus æ/ø/å folded to ASCII, so "Rode Kors" finds "Røde Kors";</li>
 * <li>prefix fields: the stemmed or folded words' first {@value #MIN_PREFIX} to {@value #MAX_PREFIX} letters
 * (Lucene's {@code EdgeNGramTokenFilter}), so {@code frivillig*} is one term;</li>
 * <li>pair fields: adjacent exact or folded words joined by a space (Lucene's {@code ShingleFilter}), so a
 * quoted phrase of two words is one term.</li>
 * </ul>
 * Queries are not split: a query word matches the whole word or a part, never a part of itself.
 */
public final class MuniAnalyzer extends Analyzer {

    /** Where the analyser runs: splitting compounds is done when indexing only. */
    public enum Side { INDEX, QUERY }

    /** What a field's tokens look like: words, or prefixes or pairs of {@link #words()}. */
    public enum Analysis {
        STEMMED, EXACT, FOLDED, STEMMED_PREFIXES(STEMMED), FOLDED_PREFIXES(FOLDED), EXACT_PAIRS(EXACT),
        FOLDED_PAIRS(FOLDED);

        private final Analysis words;

        Analysis() {
            this.words = this;
        }

        Analysis(Analysis words) {
            this.words = words;
        }

        /** The analysis of the words this field's tokens are made of (itself for a field of words). */
        public Analysis words() {
            return words;
        }
    }

    static final int MIN_WORD = 6;
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;
    /**
     * Prefix lengths indexed: from two letters (shorter ones match nearly every document) to ten, which holds
     * the stems people put a * after ("frivillig*", "barnehage*"); a longer prefix has few expansions and
     * is expanded as any wildcard (see docs/search-analysis.md).
     */
    public static final int MIN_PREFIX = 2;
    public static final int MAX_PREFIX = 10;
    /** What joins the two words of a pair (ShingleFilter's default). */
    public static final String PAIR_SEPARATOR = ShingleFilter.DEFAULT_TOKEN_SEPARATOR;

    private static final CharArraySet COMPOUND_PARTS = loadWords("compound-words.txt");

    private final Side side;

    public MuniAnalyzer(Side side) {
        super(PER_FIELD_REUSE_STRATEGY); // the chain differs by field
        this.side = side;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        Analysis analysis = IndexFields.analysisOf(fieldName);
        switch (analysis.words()) {
            case STEMMED -> {
                if (side == Side.INDEX) {
                    stream = splitCompounds(stream);
                }
                stream = new NorwegianMinimalStemFilter(stream);
            }
            case FOLDED -> stream = new ASCIIFoldingFilter(stream);
            default -> { }
        }
        switch (analysis) {
            case STEMMED_PREFIXES, FOLDED_PREFIXES -> stream = new EdgeNGramTokenFilter(stream, MIN_PREFIX, MAX_PREFIX, false);
            case EXACT_PAIRS, FOLDED_PAIRS -> {
                ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
                pairs.setOutputUnigrams(false);
                stream = pairs;
            }
            default -> { }
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return IndexFields.analysisOf(fieldName).words() == Analysis.FOLDED ? new ASCIIFoldingFilter(stream) : stream;
    }

    /**
     * Keeps the word and adds, at its position, the longest dictionary word starting at each letter:
     * "samarbeidsavtaler" → samarbeidsavtaler, samarbeid, arbeid, avtale, tale. The list holds simple words
     * only (see index/tools/build_compound_words.py), so a compound never hides its parts.
     */
    static TokenStream splitCompounds(TokenStream in) {
        return new DictionaryCompoundWordTokenFilter(in, COMPOUND_PARTS, MIN_WORD, MIN_PART, MAX_PART, true);
    }

    static CharArraySet loadWords(String resource) {
        try (InputStream in = MuniAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the muni-index jar");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(reader, "#", new CharArraySet(10_000, false)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + resource, e);
        }
    }
}
