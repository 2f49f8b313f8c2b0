package no.muni.tag;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.BilouNameFinderSequenceValidator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The name finder of a perceptron {@link TokenNameFinderModel}, giving the same names as OpenNLP's
 * {@link NameFinderME} at a fraction of the cost. {@code NameFinderME}'s beam search asks for every token's
 * features once per sequence in the beam and looks each up in the model, although only the four
 * previous-outcome features ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}, which OpenNLP's
 * {@code DefaultNameContextGenerator} appends last) differ between the sequences. Here a token's other
 * features are summed once, each sequence adds its four, and the weights of the features that depend on
 * one token alone are kept per distinct token, summed ({@link NameFeatureWeights}): the sums are the same terms
 * added in another order, so a probability can differ from OpenNLP's in its last bits, and the names found are the
 * same ({@code PerceptronNameFinderTest}: every sentence of NorNE dev, Bokmål and Nynorsk).
 * Not thread-safe, like {@code NameFinderME}: one per thread.
 */
public final class PerceptronNameFinder implements TokenNameFinder {

    /** {@code BeamSearch}'s floor for a sequence's log score. */
    private static final double MIN_SEQUENCE_SCORE = -100_000;
    /** The name model's entry in a {@link TokenNameFinderModel} ({@code TokenNameFinderModel.MAXENT_MODEL_ENTRY_NAME}). */
    private static final String MODEL_ENTRY = "nameFinder.model";

    private final NameFeatureWeights weights;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    /** The validator's answers by last outcome (the index past the outcomes: none) and next outcome, see {@link #tabulate}. */
    private final boolean[][] validAfter;
    private final int beamSize;
    /** Per-call buffers: a token's sums, one sequence's scores, the scores sorted. */
    private final double[] tokenSums;
    private final double[] scores;
    private final double[] sorted;

    private PerceptronNameFinder(TokenNameFinderModel model, PerceptronModel perceptron, int beamSize) {
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) perceptron.getDataStructures()[1];
        this.outcomes = new String[perceptron.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = perceptron.getOutcome(i);
        }
        this.weights = new NameFeatureWeights(model, pmap, outcomes);
        this.validAfter = tabulate(validator, outcomes);
        this.beamSize = beamSize;
        this.tokenSums = new double[outcomes.length];
        this.scores = new double[outcomes.length];
        this.sorted = new double[outcomes.length];
    }

    /**
     * OpenNLP's validators for BIO and BILOU outcomes read only the last outcome of a sequence (whether a
     * "-cont" may follow it), so their answers are asked once here instead of twenty times per token, with a
     * regular expression each time. Null for any other validator, which is asked every time.
     */
    private static boolean[][] tabulate(SequenceValidator<String> validator, String[] outcomes) {
        if (validator.getClass() != NameFinderSequenceValidator.class
                && validator.getClass() != BilouNameFinderSequenceValidator.class) {
            return null;
        }
        boolean[][] valid = new boolean[outcomes.length + 1][outcomes.length];
        for (int last = 0; last <= outcomes.length; last++) {
            String[] before = last == outcomes.length ? new String[0] : new String[] {outcomes[last]};
            for (int o = 0; o < outcomes.length; o++) {
                valid[last][o] = validator.validSequence(before.length, new String[before.length + 1], before, outcomes[o]);
            }
        }
        return valid;
    }

    /** A finder with the model's own beam size; {@link NameFinderME} for a model that is not a perceptron. */
    public static TokenNameFinder of(TokenNameFinderModel model) {
        String beam = model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER);
        return of(model, beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam));
    }

    /**
     * A finder that keeps {@code beamSize} sequences (1 is greedy decoding); {@link NameFinderME} for a model
     * that is not a perceptron or whose factory is not OpenNLP's own (which makes the context generator
     * whose features {@link NameFeatureWeights} adds up).
     */
    public static TokenNameFinder of(TokenNameFinderModel model, int beamSize) {
        if (beamSize < 1) {
            throw new IllegalArgumentException("beam size must be at least 1, not " + beamSize);
        }
        Object artifact = model.getArtifact(MODEL_ENTRY);
        return artifact instanceof PerceptronModel perceptron && model.getFactory().getClass() == TokenNameFinderFactory.class
                ? new PerceptronNameFinder(model, perceptron, beamSize)
                : new NameFinderME(model);
    }

    @Override
    public Span[] find(String[] tokens) {
        Path best = bestPath(tokens);
        String[] found = best.outcomes(outcomes);
        weights.updateAdaptiveData(tokens, found);
        Span[] spans = codec.decode(List.of(found));
        double[] probs = best.probs();
        for (int i = 0; i < spans.length; i++) {
            double p = 0;
            for (int t = spans[i].getStart(); t < spans[i].getEnd(); t++) {
                p += probs[t];
            }
            spans[i] = new Span(spans[i], p / spans[i].length());
        }
        return spans;
    }

    @Override
    public void clearAdaptiveData() {
        weights.clearAdaptiveData();
    }

    /**
     * {@code BeamSearch.bestSequence}: the same candidates, scores and queue order, with each token's
     * sequence-independent sums computed once and sequences linked to their prefix instead of copied.
     */
    private Path bestPath(String[] tokens) {
        Queue<Path> prev = new PriorityQueue<>(beamSize);
        Queue<Path> next = new PriorityQueue<>(beamSize);
        prev.add(Path.EMPTY);
        NameFeatureWeights.TokenWeights[] tokenWeights = weights.tokens(tokens);
        for (int i = 0; i < tokens.length; i++) {
            Arrays.fill(tokenSums, 0);
            weights.addTokenFeatures(tokens, tokenWeights, i, tokenSums);
            int width = Math.min(beamSize, prev.size());
            for (int k = 0; k < width && !prev.isEmpty(); k++) {
                Path top = prev.remove();
                String[] previous = validAfter == null ? top.outcomes(outcomes) : null;
                score(tokenWeights[i], top);
                System.arraycopy(scores, 0, sorted, 0, scores.length);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, scores.length - beamSize)];
                extend(top, i, tokens, previous, scores, min, next);
                if (next.isEmpty()) {
                    extend(top, i, tokens, previous, scores, Double.NEGATIVE_INFINITY, next);
                }
            }
            prev.clear();
            Queue<Path> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.isEmpty() ? Path.EMPTY : prev.remove();
    }

    private void extend(Path top, int i, String[] tokens, String[] previous, double[] scores, double min,
                        Queue<Path> next) {
        for (int p = 0; p < scores.length; p++) {
            if (scores[p] >= min && (validAfter != null
                    ? validAfter[top.length > 0 ? top.outcome : outcomes.length][p]
                    : validator.validSequence(i, tokens, previous, outcomes[p]))) {
                Path extended = top.then(p, scores[p]);
                if (extended.score > MIN_SEQUENCE_SCORE) {
                    next.add(extended);
                }
            }
        }
    }

    /**
     * Into {@link #scores}: the token's sums plus its previous-outcome features, normalised as
     * {@code PerceptronModel.eval} does.
     */
    private void score(NameFeatureWeights.TokenWeights token, Path path) {
        int po = path.length > 0 ? path.outcome : weights.none();
        int ppo = path.length > 1 ? path.prefix.outcome : weights.none();
        double[] sums = scores;
        System.arraycopy(tokenSums, 0, sums, 0, sums.length);
        weights.addPreviousOutcomes(token, po, ppo, sums);
        double max = 1;
        for (double s : sums) {
            max = Math.max(max, Math.abs(s));
        }
        double total = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = Math.exp(sums[o] / max);
            total += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= total;
        }
    }

    /**
     * A sequence of outcomes as its last outcome (an index into the model's outcomes) and a link to the rest,
     * scored like OpenNLP's {@code Sequence} (the sum of the log probabilities) and ordered like it, best first.
     */
    private static final class Path implements Comparable<Path> {
        static final Path EMPTY = new Path(null, -1, 1, 0, 0);

        private final Path prefix;
        private final int outcome;
        private final double prob;
        private final double score;
        private final int length;

        private Path(Path prefix, int outcome, double prob, double score, int length) {
            this.prefix = prefix;
            this.outcome = outcome;
            this.prob = prob;
            this.score = score;
            this.length = length;
        }

        Path then(int next, double p) {
            return new Path(this, next, p, score + Math.log(p), length + 1);
        }

        String[] outcomes(String[] names) {
            String[] out = new String[length];
            for (Path p = this; p.length > 0; p = p.prefix) {
                out[p.length - 1] = names[p.outcome];
            }
            return out;
        }

        double[] probs() {
            double[] out = new double[length];
            for (Path p = this; p.length > 0; p = p.prefix) {
                out[p.length - 1] = p.prob;
            }
            return out;
        }

        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score);
        }
    }
}
