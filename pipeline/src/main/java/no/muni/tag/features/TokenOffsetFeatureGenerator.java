package no.muni.tag.features;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose features at a position are, but for a few, features of single tokens at fixed
 * offsets from it: what a token gives does not depend on where it stands or what surrounds it. Its features
 * are {@link #createFeatures} by construction, and a decoder can compute a token's part once, however often the
 * token occurs and at whichever offset (the name finder keeps it per distinct token).
 */
public interface TokenOffsetFeatureGenerator extends AdaptiveFeatureGenerator {

    /** How far before the position a token still gives features (0: none before it). */
    int before();

    /** How far after the position a token still gives features. */
    int after();

    /**
     * The features {@code token} gives to the position {@code offset} tokens away from it: 0 to its own,
     * +1 to the one before it (the token is its next), -1 to the one after it; from {@code -before()} to
     * {@code after()}.
     */
    void tokenFeatures(String token, int offset, List<String> features);

    /** The features of position {@code index} that depend on more than one token or on the position itself. */
    void contextFeatures(String[] tokens, int index, List<String> features);

    @Override
    default void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        for (int offset = -before(); offset <= after(); offset++) {
            int at = index + offset;
            if (at >= 0 && at < tokens.length) {
                tokenFeatures(tokens[at], offset, features);
            }
        }
        contextFeatures(tokens, index, features);
    }
}
