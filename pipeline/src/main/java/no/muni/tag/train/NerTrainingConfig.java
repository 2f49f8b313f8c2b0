package no.muni.tag.train;

/**
 * One name-finder training variant: the learner ({@code MAXENT} = GIS, or {@code PERCEPTRON}),
 * its iterations and feature cutoff, and the feature set (a descriptor under
 * {@code no/muni/tag/train/features-<featureSet>.xml}).
 */
public record NerTrainingConfig(String name, String algorithm, int iterations, int cutoff, String featureSet) {

    /** The variant the shipped model is trained with; see the models README for the comparison. */
    public static final NerTrainingConfig BEST = new NerTrainingConfig("perceptron-muni", "PERCEPTRON", 100, 2, "muni");

    public String descriptorResource() {
        return "/no/muni/tag/train/features-" + featureSet + ".xml";
    }
}
