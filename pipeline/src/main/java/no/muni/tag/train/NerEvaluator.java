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
 *
 * <p>The unseen score counts only entities whose surface form never occurs as an entity of the
 * training data, gold and predicted alike: it measures what a user's documents need, names the model
 * has never seen, where the plain dev score rewards memorised names (most of NorNE dev's organisations
 * also occur in train).
 */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    /** Both scores of one run: every entity, and only those whose surface form training never saw. */
    public record Evaluation(NerScores all, NerScores unseen) {

        /** The unseen block first, so the last line stays the full score's {@code overall} that scripts read. */
        public String report() {
            StringBuilder sb = new StringBuilder();
            for (String line : unseen.report().split("\n")) {
                sb.append("unseen ").append(line).append('\n');
            }
            return sb.append(all.report()).toString();
        }
    }

    public static NerScores evaluate(TokenNameFinder finder, List<NameSample> gold) {
        return evaluate(finder, gold, Set.of()).all();
    }

    /**
     * @param seen surface forms ({@link #surface}) of the training data's entities
     */
    public static Evaluation evaluate(TokenNameFinder finder, List<NameSample> gold, Set<String> seen) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, int[]> unseen = new HashMap<>();
        for (NameSample sample : gold) {
            Span[] predicted = finder.find(sample.getSentence());
            finder.clearAdaptiveData();
            count(counts, sample.getNames(), predicted);
            String[] tokens = sample.getSentence();
            count(unseen, unseenOnly(sample.getNames(), tokens, seen), unseenOnly(predicted, tokens, seen));
        }
        return new Evaluation(toScores(counts), toScores(unseen));
    }

    /** The surface forms of every entity in some samples: their tokens joined by single spaces. */
    public static Set<String> surfaces(List<NameSample> samples) {
        Set<String> out = new HashSet<>();
        for (NameSample s : samples) {
            for (Span name : s.getNames()) {
                out.add(surface(s.getSentence(), name));
            }
        }
        return out;
    }

    static String surface(String[] tokens, Span name) {
        if (name.getEnd() > tokens.length) {
            return ""; // a prediction off the gold tokens (see TagStageNameFinder): never a training name
        }
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, name.getStart(), name.getEnd()));
    }

    private static Span[] unseenOnly(Span[] spans, String[] tokens, Set<String> seen) {
        return java.util.Arrays.stream(spans).filter(s -> !seen.contains(surface(tokens, s))).toArray(Span[]::new);
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
