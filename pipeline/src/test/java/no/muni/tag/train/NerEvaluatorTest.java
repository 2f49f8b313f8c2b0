package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

/** The unseen score counts only names training never saw, on the gold and on the predicted side. */
class NerEvaluatorTest {

    @Test
    void unseenScoreLeavesOutNamesOfTheTrainingData() {
        List<NameSample> train = List.of(new NameSample(new String[] {"NAV", "kom", "."},
                new Span[] {new Span(0, 1, "ORG")}, true));
        Set<String> seen = NerEvaluator.surfaces(train);
        assertEquals(Set.of("NAV"), seen);

        // gold: NAV (seen) and Asker idrettslag (unseen); the finder knows NAV, Asker idrettslag's
        // last word only, and a false "Torget" (unseen)
        Dictionary names = new Dictionary(false);
        names.put(new StringList("NAV"));
        names.put(new StringList("idrettslag"));
        names.put(new StringList("Torget"));
        DictionaryNameFinder finder = new DictionaryNameFinder(names, "ORG");
        List<NameSample> dev = List.of(new NameSample(
                new String[] {"NAV", "og", "Asker", "idrettslag", "møtes", "på", "Torget", "."},
                new Span[] {new Span(0, 1, "ORG"), new Span(2, 4, "ORG")}, true));

        NerEvaluator.Evaluation e = NerEvaluator.evaluate(finder, dev, seen);
        NerScores.Counts all = e.all().byType().get("ORG");
        assertEquals(new NerScores.Counts(1, 2, 1), all);
        NerScores.Counts unseen = e.unseen().byType().get("ORG");
        assertEquals(new NerScores.Counts(0, 2, 1), unseen, "NAV is seen and counts on neither side");

        String[] lines = e.report().split("\n");
        assertTrue(lines[0].startsWith("unseen ORG "), lines[0]);
        assertTrue(lines[lines.length - 1].startsWith("overall "), "scripts read the last line: " + lines[lines.length - 1]);
    }
}
