package no.muni.tag.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class WordClassFeatureGeneratorFactoryTest {

    private static final String DESCRIPTOR = """
            <featureGenerators name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="no.muni.tag.features.WordClassFeatureGeneratorFactory">
                  <str name="dict">classes.txt</str>
                  <str name="prefix">c8</str>
                </generator>
              </generator>
            </featureGenerators>""";

    private static WordClassLexicon lexicon(String lines) throws IOException {
        return new WordClassLexicon(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    }

    /** A class generator ({@code c8}, lexicon {@code classes.txt}) with the given options, alone in a descriptor. */
    private static AdaptiveFeatureGenerator classGenerator(String options, String lexiconLines) throws IOException {
        String descriptor = """
                <featureGenerators name="nameFinder">
                  <generator class="no.muni.tag.features.WordClassFeatureGeneratorFactory">
                    <str name="dict">classes.txt</str>
                    <str name="prefix">c8</str>
                    %s
                  </generator>
                </featureGenerators>""".formatted(options);
        return GeneratorFactory.create(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)),
                Map.of("classes.txt", lexicon(lexiconLines))::get);
    }

    @Test
    void theTokenAndItsNeighboursGetTheirClassWhateverTheirCase() throws IOException {
        WordClassLexicon lexicon = lexicon("i 3\nbergen 5\nkommune 7\n");
        AdaptiveFeatureGenerator generator = GeneratorFactory.create(
                new ByteArrayInputStream(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)), Map.of("classes.txt", lexicon)::get);
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, new String[] {"i", "Bergen", "Kommune", "Ukjentord"}, 1, new String[4]);
        assertEquals(List.of("c8=5", "p1c8=3", "n1c8=7"), features);
        features.clear();
        generator.createFeatures(features, new String[] {"i", "Bergen", "Kommune", "Ukjentord"}, 3, new String[4]);
        assertEquals(List.of("p1c8=7"), features, "an unknown word has no class of its own");
    }

    @Test
    void neighboursWithoutTheTokenAndTheClassOfANameJoinedWithItsNeighbourWords() throws IOException {
        AdaptiveFeatureGenerator generator = classGenerator("""
                <int name="window">2</int>
                <bool name="self">false</bool>
                <bool name="conjoinNeighbours">true</bool>""", "norge 2\nhar 4\nlovet 6\ni 3\n");
        String[] tokens = {"Norge", "har", "lovet"};
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, tokens, 0, new String[3]);
        assertEquals(List.of("c8+1=4", "c8+2=6", "c8=2|p=^", "c8=2|n=har"), features);
        features.clear();
        generator.createFeatures(features, tokens, 1, new String[3]);
        assertEquals(List.of("c8-1=2", "c8+1=6"), features, "a lower-case word is joined with nothing");
    }

    @Test
    void withoutSentenceStartTheFirstTokenHasNoClassAsTokenNorAsNeighbour() throws IOException {
        AdaptiveFeatureGenerator generator = classGenerator("""
                <int name="window">1</int>
                <bool name="sentenceStart">false</bool>""", "livskvalitet 2\ner 4\nviktig 6\n");
        String[] heading = {"Livskvalitet"};
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, heading, 0, new String[1]);
        assertEquals(List.of(), features, "a heading's word has no class");
        String[] sentence = {"Livskvalitet", "er", "viktig"};
        generator.createFeatures(features, sentence, 1, new String[3]);
        assertEquals(List.of("c8=4", "c8+1=6"), features);
    }

    @Test
    void theSerializerWritesWhatItReadsAndLeavesTheModelStreamOpen() throws IOException {
        WordClassLexicon lexicon = lexicon("å 1\nkommune 7\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the model's stream was closed");
            }
        };
        new WordClassLexicon.Serializer().serialize(lexicon, out);
        WordClassLexicon copy = new WordClassLexicon.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("7", copy.classOf("KOMMUNE"));
        assertEquals(2, copy.size());
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> lexicon("i 3\nbergen\n"));
        assertEquals("word-class line 2 is not 'word class': bergen", e.getMessage());
    }

    @Test
    void aWindowOfClassesIsAFeatureOfEachTokenAtItsOffset() throws IOException {
        AdaptiveFeatureGenerator generator = classGenerator("<int name=\"window\">1</int>", "i 3\nbergen 5\nkommune 7\n");
        assertTrue(generator instanceof TokenOffsetFeatureGenerator, "the name finder keeps its features per token");
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, new String[] {"i", "Bergen", "kommune"}, 1, new String[3]);
        assertEquals(List.of("c8-1=3", "c8=5", "c8+1=7"), features);
        assertFalse(classGenerator("<bool name=\"conjoinNeighbours\">true</bool>", "i 3\n") instanceof TokenOffsetFeatureGenerator,
                "joined with neighbour words the features are the position's");
    }
}
