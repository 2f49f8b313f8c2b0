package no.muni.tag.train;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Scores a name finder against gold samples: a prediction counts only when start, end and type all
 * match a gold entity (CoNLL-style exact match), so a half-found "Drammen" in "Drammen kommune" is
 * both a false positive and a false negative.
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    public static NerScores evaluate(TokenNameFinder finder, List<NameSample> gold) {
        Map<String, int[]> counts = new HashMap<>();
        for (NameSample sample : gold) {
            Span[] predicted = finder.find(sample.getSentence());
            finder.clearAdaptiveData();
            count(counts, sample.getNames(), predicted);
        }
        return toScores(counts);
    }

    static void count(Map<String, int[]> counts, Span[] gold, Span[] predicted) {
        // keyed on start, end and type only: Span.equals may also weigh the probability
        Set<SpanKey> goldSet = keys(gold);
        Set<SpanKey> predictedSet = keys(predicted);
        for (SpanKey p : predictedSet) {
            int[] c = counts.computeIfAbsent(p.type(), k -> new int[3]);
            if (goldSet.contains(p)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (SpanKey g : goldSet) {
            if (!predictedSet.contains(g)) {
                counts.computeIfAbsent(g.type(), k -> new int[3])[2]++;
            }
        }
    }

    private record SpanKey(int start, int end, String type) {}

    private static Set<SpanKey> keys(Span[] spans) {
        Set<SpanKey> out = new HashSet<>();
        for (Span s : spans) {
            out.add(new SpanKey(s.getStart(), s.getEnd(), s.getType()));
        }
        return out;
    }

    static NerScores toScores(Map<String, int[]> counts) {
        Map<String, NerScores.Counts> byType = new HashMap<>();
        NerScores.Counts overall = new NerScores.Counts(0, 0, 0);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            NerScores.Counts typed = new NerScores.Counts(c[0], c[1], c[2]);
            byType.put(e.getKey(), typed);
            overall = overall.plus(typed);
        }
        return new NerScores(byType, overall);
    }
}
