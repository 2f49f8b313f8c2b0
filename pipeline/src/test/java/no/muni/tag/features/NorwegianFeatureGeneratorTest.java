package no.muni.tag.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NorwegianFeatureGeneratorTest {

    private static List<String> features(NorwegianFeatureGenerator generator, String[] tokens, int index) {
        List<String> features = new ArrayList<>();
        generator.createFeatures(features, tokens, index, new String[tokens.length]);
        return features;
    }

    @Test
    void aGenitiveSharesTheStemOfItsBaseForm() {
        assertEquals("nato", NorwegianFeatureGenerator.genitiveStem("NATOs"));
        assertEquals("nato", NorwegianFeatureGenerator.genitiveStem("NATO"));
        assertEquals("kroatia", NorwegianFeatureGenerator.genitiveStem("Kroatias"));
        assertEquals("larnington", NorwegianFeatureGenerator.genitiveStem("Larnington's"));
        assertEquals("bergen", NorwegianFeatureGenerator.genitiveStem("Bergens"));
        assertEquals("hess", NorwegianFeatureGenerator.genitiveStem("Hess"), "double s is no genitive");
        assertNull(NorwegianFeatureGenerator.genitiveStem("kommunens"), "lower-case words are ordinary words");
    }

    @Test
    void genitiveStemFeatureOnlyWhenAskedFor() {
        String[] tokens = {"Møtet", "i", "NATOs", "råd", "."};
        assertTrue(features(new NorwegianFeatureGenerator(null, true), tokens, 2).contains("stem=nato"));
        assertFalse(features(new NorwegianFeatureGenerator(null, false), tokens, 2).stream()
                .anyMatch(f -> f.startsWith("stem=")));
    }

    @Test
    void headWordsOfTheNextTokensAreFeatures() {
        String[] tokens = {"i", "Bergen", "tingrett", "i", "går"};
        List<String> features = features(new NorwegianFeatureGenerator(null, true), tokens, 1);
        assertTrue(features.contains("oh1==tingrett"), features::toString);
        assertTrue(features.contains("midcap"), features::toString);
    }

    @Test
    void headWordsOfTheTokensBeforeOnlyWhenAskedFor() {
        String[] tokens = {"Frivilligsentralen", "i", "Alta", "svarte"};
        assertTrue(features(new NorwegianFeatureGenerator(null, true, true, false), tokens, 2).contains("oh-2=sentralen"));
        assertFalse(features(new NorwegianFeatureGenerator(null, true), tokens, 2).stream().anyMatch(f -> f.startsWith("oh-")));
    }

    @Test
    void aCapitalisedWordInsideASentenceIsJoinedWithItsNeighbourWords() {
        String[] tokens = {"Da", "Hustadmarmor", "sammen", "med", "Istad"};
        NorwegianFeatureGenerator generator = new NorwegianFeatureGenerator(null, true, false, true);
        List<String> features = features(generator, tokens, 1);
        assertTrue(features.contains("cap|p=da"), features::toString);
        assertTrue(features.contains("cap|n=sammen"), features::toString);
        assertTrue(features(generator, tokens, 4).contains("cap|n=$"), "the sentence's end");
        assertFalse(features(generator, tokens, 0).stream().anyMatch(f -> f.startsWith("cap|")),
                "a sentence's first word is capitalised anyway");
        assertFalse(features(generator, tokens, 2).stream().anyMatch(f -> f.startsWith("cap|")), "lower case");
    }
}
