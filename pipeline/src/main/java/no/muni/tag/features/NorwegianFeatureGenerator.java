package no.muni.tag.features;

import java.util.List;

import no.muni.tag.Gazetteer;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features for Norwegian beyond OpenNLP's defaults: word shape, organisation head
 * endings of the token and its right neighbours, position in the sentence, a party-label pattern
 * "(V)", and gazetteer membership of the token and its neighbours. One instance per name finder:
 * it caches the gazetteer match of the current sentence, so it is not thread-safe.
 */
public final class NorwegianFeatureGenerator implements AdaptiveFeatureGenerator {

    private final Gazetteer gazetteer;
    private String[] cachedSentence;
    private String[] cachedMatch;
    private String[] headsSentence;
    private String[] cachedHeads;

    /** @param gazetteer null to leave out membership features */
    public NorwegianFeatureGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        features.add("sh=" + TokenShape.of(token));
        String[] heads = heads(tokens);
        addHead(features, "oh0=", heads[index]);
        if (index + 1 < tokens.length) {
            addHead(features, "oh1=", heads[index + 1]);
        }
        if (index + 2 < tokens.length) {
            addHead(features, "oh2=", heads[index + 2]);
        }
        if (index == 0) {
            features.add("pos=first");
        } else if (index == tokens.length - 1) {
            features.add("pos=last");
        }
        boolean upper = !token.isEmpty() && Character.isUpperCase(token.charAt(0));
        if (upper && index > 0) {
            // capitalised mid-sentence: a name in Norwegian, where common nouns are lower case
            features.add("midcap");
            if (Character.isUpperCase(tokens[index - 1].charAt(0))) {
                features.add("midcap+prevcap");
            }
        }
        if (index > 0 && index + 1 < tokens.length && "(".equals(tokens[index - 1]) && ")".equals(tokens[index + 1])) {
            features.add("paren=" + TokenShape.of(token));
        }
        if (gazetteer != null) {
            String[] match = match(tokens);
            features.add("gz0=" + orOutside(match[index]));
            if (index > 0) {
                features.add("gz-1=" + orOutside(match[index - 1]));
            }
            if (index + 1 < tokens.length) {
                features.add("gz+1=" + orOutside(match[index + 1]));
            }
        }
    }

    private static void addHead(List<String> features, String prefix, String ending) {
        if (ending != null) {
            features.add(prefix + ending);
        }
    }

    /** The organisation endings of a sentence's tokens, computed once per sentence: the beam search asks for
     * every token's features several times. */
    private String[] heads(String[] tokens) {
        if (tokens != headsSentence) {
            headsSentence = tokens;
            cachedHeads = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                cachedHeads[i] = OrganisationHeads.ending(tokens[i]);
            }
        }
        return cachedHeads;
    }

    private static String orOutside(String tag) {
        return tag == null ? "O" : tag;
    }

    private String[] match(String[] tokens) {
        if (tokens != cachedSentence) {
            cachedSentence = tokens;
            cachedMatch = gazetteer.match(tokens);
        }
        return cachedMatch;
    }
}
