package no.muni.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Norwegian (Bokmål) body text: Unicode word tokenisation, lower case and the light
 * Norwegian stemmer, which folds inflection (organisasjonen, organisasjoner → organisasjon) without
 * the over-stemming of the Snowball stemmer.
 */
public final class MuniAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new NorwegianLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
