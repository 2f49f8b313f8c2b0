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
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Norwegian (Bokmål) text, chosen per field (see {@link IndexFields#analysisOf}) and
 * evaluated in docs/search-analysis.md:
 * <ul>
 * <li>stemmed fields: Unicode words, lower case, compounds split with a dictionary of simple words
 * (index side only), then the minimal Norwegian stemmer (plural and definite endings only) — "koordinator" finds
 * "frivillighetskoordinator", "avtale" finds "samarbeidsavtaler";</li>
 * <li>exact fields: words in lower case, for "quoted phrases";</li>
 * <li>folded fields: exact plus æ/ø/å folded to ASCII, so "Rode Kors" finds "Røde Kors".</li>
 * </ul>
 * Queries are not split: a query word matches the whole word or a part, never a part of itself.
 */
public final class MuniAnalyzer extends Analyzer {

    /** Where the analyser runs: splitting compounds is done when indexing only. */
    public enum Side { INDEX, QUERY }

    /** What a field's tokens look like. */
    public enum Analysis { STEMMED, EXACT, FOLDED }

    static final int MIN_WORD = 6;
    static final int MIN_PART = 4;
    static final int MAX_PART = 20;

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
        switch (IndexFields.analysisOf(fieldName)) {
            case STEMMED -> {
                if (side == Side.INDEX) {
                    stream = splitCompounds(stream);
                }
                stream = new NorwegianMinimalStemFilter(stream);
            }
            case FOLDED -> stream = new ASCIIFoldingFilter(stream);
            case EXACT -> { }
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream stream = new LowerCaseFilter(in);
        return IndexFields.analysisOf(fieldName) == Analysis.FOLDED ? new ASCIIFoldingFilter(stream) : stream;
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
