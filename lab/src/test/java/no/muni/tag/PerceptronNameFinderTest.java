package no.muni.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.NameSamples;
import no.muni.tag.train.NlpTrainer;
import no.muni.tag.train.TrainingNameWords;

/**
 * The faster decoder gives OpenNLP's own answer: the same spans and types, and probabilities equal but for the
 * last bits of a sum added in another order, as
 * {@link NameFinderME} over every sentence of NorNE dev (Bokmål and Nynorsk) and a municipal text, with the
 * shipped model and with models trained here on other feature descriptors (OpenNLP's default set, the wider
 * window with trigrams and gazetteer features, a window over several generators, BILOU outcomes, the training names'
 * word types and a capitalised word's neighbour words).
 */
class PerceptronNameFinderTest {

    private static final TokenNameFinderModel MODEL = NlpModels.bundled().names();

    @Test
    void findsExactlyWhatNameFinderMeFindsOnNorneDev() throws Exception {
        List<String[]> sentences = new ArrayList<>();
        for (String part : List.of("norne-nob", "norne-nno")) {
            NameSamples.of(ConlluReader.read(norne(part, "dev"))).stream().map(NameSample::getSentence).forEach(sentences::add);
        }
        assertSameNames(MODEL, sentences);
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "muni", "muni-gaz-w3", "muni-stem"})
    void findsExactlyWhatNameFinderMeFindsWithOtherFeatureSets(String featureSet) throws Exception {
        byte[] descriptor;
        try (InputStream in = NlpTrainer.class.getResourceAsStream("/no/muni/tag/train/features-" + featureSet + ".xml")) {
            descriptor = in.readAllBytes();
        }
        assertSameNamesOnDev(trained(descriptor, new BioCodec()));
    }

    @Test
    void findsExactlyWhatNameFinderMeFindsWithAWindowOfSeveralGeneratorsAndBilouOutcomes() throws Exception {
        String descriptor = """
                <featureGenerators name="nameFinder">
                  <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                    <int name="prevLength">1</int>
                    <int name="nextLength">3</int>
                    <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
                    <generator class="opennlp.tools.util.featuregen.CharacterNgramFeatureGeneratorFactory">
                      <int name="min">2</int>
                      <int name="max">3</int>
                    </generator>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory">
                    <bool name="wordAndClass">false</bool>
                  </generator>
                  <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
                  <generator class="no.muni.tag.features.NorwegianFeatureGeneratorFactory">
                    <bool name="gazetteer">false</bool>
                    <bool name="genitiveStems">true</bool>
                  </generator>
                </featureGenerators>
                """;
        assertSameNamesOnDev(trained(descriptor.getBytes(StandardCharsets.UTF_8), new BilouCodec()));
    }

    @Test
    void findsExactlyWhatNameFinderMeFindsWithTheTrainingNameWordsAndCapitalisedContexts() throws Exception {
        byte[] descriptor;
        try (InputStream in = NlpTrainer.class.getResourceAsStream("/no/muni/tag/train/features-muni-lexctx.xml")) {
            descriptor = in.readAllBytes();
        }
        assertSameNamesOnDev(trained(descriptor, new BioCodec()));
    }

    @Test
    void findsExactlyWhatNameFinderMeFindsInAMunicipalText() {
        assertSameNames(List.of(
                "Formannskapet i Nordre Follo kommune behandlet saken 12. mars , og Kari Nordmann ( Ap ) fremmet forslag .".split(" "),
                "Statsforvalteren i Vestland og Statens vegvesen ble orientert av rådmann Per Olsen .".split(" "),
                "Møtet ble holdt på rådhuset i Tromsø med Norsk Folkehjelp og Røde Kors til stede .".split(" "),
                new String[] {"Ingen", "navn", "her", "."},
                new String[] {}));
    }

    @Test
    void everyBeamSizeDecodesAndGreedyIsOne() {
        String[] tokens = "Kari Nordmann fra Bergen kommune møtte Ola Hansen i Oslo .".split(" ");
        for (int beam = 1; beam <= 3; beam++) {
            assertInstanceOf(PerceptronNameFinder.class, PerceptronNameFinder.of(MODEL, beam));
            Span[] found = PerceptronNameFinder.of(MODEL, beam).find(tokens);
            for (Span s : found) {
                assertEquals(true, s.getStart() >= 0 && s.getEnd() <= tokens.length, s::toString);
            }
        }
    }

    /** A perceptron trained briefly on the first 1,500 sentences of NorNE Bokmål train, written out and read back. */
    private static TokenNameFinderModel trained(byte[] descriptor, SequenceCodec<String> codec) throws IOException {
        List<NameSample> samples = NameSamples.of(ConlluReader.read(norne("norne-nob", "train")).subList(0, 1_500));
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, 10);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderModel model = NameFinderME.train("nb", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory(descriptor, Map.of(TrainingNameWords.RESOURCE, TrainingNameWords.of(samples)), codec));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return new TokenNameFinderModel(new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSameNamesOnDev(TokenNameFinderModel model) throws IOException {
        List<String[]> sentences = NameSamples.of(ConlluReader.read(norne("norne-nob", "dev"))).stream()
                .map(NameSample::getSentence).limit(1_500).toList();
        assertSameNames(model, sentences);
    }

    private static Path norne(String part, String split) {
        Path file = Path.of("../../shared/data", part, split + ".conllu");
        if (!Files.isRegularFile(file)) {
            file = Path.of("../shared/data", part, split + ".conllu");
        }
        assumeTrue(Files.isRegularFile(file), "NorNE not found beside the repository: " + file);
        return file;
    }

    private static void assertSameNames(List<String[]> sentences) {
        assertSameNames(MODEL, sentences);
    }

    private static void assertSameNames(TokenNameFinderModel model, List<String[]> sentences) {
        NameFinderME reference = new NameFinderME(model);
        TokenNameFinder fast = PerceptronNameFinder.of(model);
        assertInstanceOf(PerceptronNameFinder.class, fast);
        for (String[] tokens : sentences) {
            Span[] expected = reference.find(tokens);
            Span[] actual = fast.find(tokens);
            reference.clearAdaptiveData();
            fast.clearAdaptiveData();
            assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].getProb(), actual[i].getProb(), 1e-9, String.join(" ", tokens));
            }
        }
    }
}
