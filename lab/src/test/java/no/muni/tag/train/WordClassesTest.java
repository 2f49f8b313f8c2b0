package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WordClassesTest {

    /** Towns follow "i" and precede "kommune"; first names open a sentence and precede "sa". */
    private static List<List<String>> text() {
        List<List<String>> text = new ArrayList<>();
        for (String town : List.of("Bergen", "Bodø", "Tromsø", "Molde")) {
            for (String verb : List.of("bor", "arbeider", "møtes")) {
                text.add(Arrays.asList(("De " + verb + " i " + town + " kommune .").split(" ")));
            }
        }
        for (String name : List.of("Kari", "Ola", "Per", "Anne")) {
            for (String answer : List.of("ja", "nei", "kanskje")) {
                text.add(Arrays.asList((name + " sa " + answer + " .").split(" ")));
            }
        }
        return text;
    }

    @Test
    void wordsOfTheSameContextsShareAClass() {
        Map<String, Integer> classes = WordClasses.learn(text(), 6, 2, 30);
        assertEquals(classes.get("bergen"), classes.get("tromsø"));
        assertEquals(classes.get("bodø"), classes.get("molde"));
        assertEquals(classes.get("kari"), classes.get("anne"));
        assertEquals(classes.get("ola"), classes.get("per"));
        assertNotEquals(classes.get("bergen"), classes.get("kari"), classes::toString);
    }

    @Test
    void rareWordsGetNoClassAndLearningIsDeterministic() {
        List<List<String>> text = new ArrayList<>(text());
        text.add(List.of("Engangsord", "sa", "ja", "."));
        Map<String, Integer> classes = WordClasses.learn(text, 6, 2, 30);
        assertFalse(classes.containsKey("engangsord"));
        assertEquals(classes, WordClasses.learn(text, 6, 2, 30));
    }
}
