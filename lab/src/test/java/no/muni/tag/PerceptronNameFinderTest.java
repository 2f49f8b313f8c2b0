package no.muni.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.NameSamples;

/**
 * The faster decoder gives OpenNLP's own answer: the same spans, types and probabilities as
 * {@link NameFinderME} over every sentence of NorNE dev (Bokmål and Nynorsk) and a municipal text.
 */
class PerceptronNameFinderTest {

    private static final TokenNameFinderModel MODEL = NlpModels.bundled().names();

    @Test
    void findsExactlyWhatNameFinderMeFindsOnNorneDev() throws Exception {
        List<String[]> sentences = new ArrayList<>();
        for (String part : List.of("norne-nob", "norne-nno")) {
            Path dev = Path.of("../../shared/data", part, "dev.conllu");
            if (!Files.isRegularFile(dev)) {
                dev = Path.of("../shared/data", part, "dev.conllu");
            }
            assumeTrue(Files.isRegularFile(dev), "NorNE dev not found beside the repository: " + dev);
            NameSamples.of(ConlluReader.read(dev)).stream().map(NameSample::getSentence).forEach(sentences::add);
        }
        assertSameNames(sentences);
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

    private static void assertSameNames(List<String[]> sentences) {
        NameFinderME reference = new NameFinderME(MODEL);
        TokenNameFinder fast = PerceptronNameFinder.of(MODEL);
        assertInstanceOf(PerceptronNameFinder.class, fast);
        for (String[] tokens : sentences) {
            Span[] expected = reference.find(tokens);
            Span[] actual = fast.find(tokens);
            reference.clearAdaptiveData();
            fast.clearAdaptiveData();
            assertArrayEquals(expected, actual, () -> String.join(" ", tokens));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(expected[i].getProb(), actual[i].getProb(), 0.0, String.join(" ", tokens));
            }
        }
    }
}
