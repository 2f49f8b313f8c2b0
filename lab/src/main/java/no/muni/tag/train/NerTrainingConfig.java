package no.muni.tag.train;

/**
 * One name-finder training variant: the learner ({@code MAXENT} = GIS, or {@code PERCEPTRON}),
 * its iterations and feature cutoff, and the feature set (a descriptor under
 * {@code no/muni/tag/train/features-<featureSet>.xml}) and the word dropout applied to the training data.
 */
public record NerTrainingConfig(String name, String algorithm, int iterations, int cutoff, String featureSet,
        LexicalDropout dropout) {

    public NerTrainingConfig(String name, String algorithm, int iterations, int cutoff, String featureSet) {
        this(name, algorithm, iterations, cutoff, featureSet, LexicalDropout.NONE);
    }

    /** Parses {@code name:ALGORITHM:iterations:cutoff:featureSet[:dropout]} (dropout as {@link LexicalDropout#parse}). */
    public static NerTrainingConfig parse(String spec) {
        String[] f = spec.split(":");
        if (f.length < 5 || f.length > 6) {
            throw new IllegalArgumentException("variant '" + spec
                    + "': expected name:ALGORITHM:iterations:cutoff:featureSet[:dropout]");
        }
        return new NerTrainingConfig(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4],
                f.length == 6 ? LexicalDropout.parse(f[5]) : LexicalDropout.NONE);
    }

    /** The variant the shipped model is trained with; see the models README for the comparison. */
    public static final NerTrainingConfig BEST =
            new NerTrainingConfig("perceptron-muni-stem", "PERCEPTRON", 100, 2, "muni-stem");

    public String descriptorResource() {
        return "/no/muni/tag/train/features-" + featureSet + ".xml";
    }
}
