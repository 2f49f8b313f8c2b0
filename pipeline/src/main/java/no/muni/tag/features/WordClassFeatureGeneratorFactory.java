package no.muni.tag.features;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The class of the token in a {@link WordClassLexicon} stored in the model, as feature {@code PREFIX=class}:
 * {@code <generator class="no.muni.tag.features.WordClassFeatureGeneratorFactory"><str name="dict">word-classes-512.txt</str>
 * <str name="prefix">c512</str></generator>}. Inside OpenNLP's window generator it gives the neighbours' classes too.
 * {@code <int name="window">2</int>} adds the classes of the two tokens either side ({@code c512-1=…}, {@code c512+2=…}),
 * {@code <bool name="self">false</bool>} leaves out the token's own, {@code <bool name="conjoinNeighbours">true</bool>}
 * adds the class of a capitalised token joined with the word before and the word after ({@code c32=5|n=har}: a
 * country's class followed by a verb acts as a state, NorNE's GPE_ORG, after "i" it is a place). A word the lexicon lacks gets no feature.
 * {@code <bool name="sentenceStart">false</bool>} gives no class to the first token of a sentence, which the tagger
 * also sees at the start of every line: there a capital letter says nothing, and a heading's capitalised common
 * noun ("Livskvalitet", "Dialogarenaer") would be read by the class of the names it resembles.
 */
public final class WordClassFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null; // asked for its serializers only
        }
        String dict = getStr("dict");
        if (!(resourceManager.getResource(dict) instanceof WordClassLexicon lexicon)) {
            throw new InvalidFormatException("no word-class lexicon '" + dict + "' among the model's resources");
        }
        String prefix = getStr("prefix", dict);
        int window = getInt("window", 0);
        boolean self = getBool("self", true);
        boolean conjoin = getBool("conjoinNeighbours", false);
        boolean sentenceStart = getBool("sentenceStart", true);
        if (!conjoin && sentenceStart) {
            return new TokenClasses(lexicon, prefix, window, self);
        }
        return new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
                for (int offset = -window; offset <= window; offset++) {
                    int at = index + offset;
                    if ((offset != 0 || self) && at >= 0 && at < tokens.length && (at > 0 || sentenceStart)) {
                        String cls = lexicon.classOf(tokens[at]);
                        if (cls != null) {
                            features.add(prefix + (offset == 0 ? "" : offset > 0 ? "+" + offset : offset) + "=" + cls);
                        }
                    }
                }
                if (conjoin && (index > 0 || sentenceStart) && !tokens[index].isEmpty() && Character.isUpperCase(tokens[index].charAt(0))) {
                    String cls = lexicon.classOf(tokens[index]);
                    if (cls != null) {
                        String before = index > 0 ? tokens[index - 1].toLowerCase(Locale.ROOT) : "^";
                        String after = index + 1 < tokens.length ? tokens[index + 1].toLowerCase(Locale.ROOT) : "$";
                        features.add(prefix + "=" + cls + "|p=" + before);
                        features.add(prefix + "=" + cls + "|n=" + after);
                    }
                }
            }
        };
    }

    /**
     * The classes of the token and of its neighbours in a window, each a feature of one token at an offset, so the
     * name finder computes a word's once ({@link TokenOffsetFeatureGenerator}); the same features as the general
     * generator above gives with these options.
     */
    private record TokenClasses(WordClassLexicon lexicon, String prefix, int window, boolean self)
            implements TokenOffsetFeatureGenerator {

        @Override
        public int before() {
            return window;
        }

        @Override
        public int after() {
            return window;
        }

        @Override
        public void tokenFeatures(String token, int offset, List<String> features) {
            if (offset != 0 || self) {
                String cls = lexicon.classOf(token);
                if (cls != null) {
                    features.add(prefix + (offset == 0 ? "" : offset > 0 ? "+" + offset : offset) + "=" + cls);
                }
            }
        }

        @Override
        public void contextFeatures(String[] tokens, int index, List<String> features) {
        }
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new WordClassLexicon.Serializer());
    }
}
