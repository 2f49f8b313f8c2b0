package no.muni.tag.train;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Entity-level, exact-span precision/recall/F1 per type and overall. */
public record NerScores(Map<String, Counts> byType, Counts overall) {

    public NerScores {
        byType = Map.copyOf(byType);
    }

    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0.0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /** One line per type, then {@code overall}: {@code TYPE  precision  recall  f1}, three decimals. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Counts> e : new TreeMap<>(byType).entrySet()) {
            sb.append(line(e.getKey(), e.getValue())).append('\n');
        }
        sb.append(line("overall", overall)).append('\n');
        return sb.toString();
    }

    private static String line(String type, Counts c) {
        return String.format(Locale.ROOT, "%-8s %.3f  %.3f  %.3f", type, c.precision(), c.recall(), c.f1());
    }
}
