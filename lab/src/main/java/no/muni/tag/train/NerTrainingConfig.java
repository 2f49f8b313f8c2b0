package no.muni.tag.train;

/**
 * One name-finder training variant: the learner ({@code MAXENT} = GIS, or {@code PERCEPTRON}),
 * its iterations and feature cutoff, the feature set (a descriptor under
 * {@code no/muni/tag/train/features-<featureSet>.xml}), the word dropout and the mention replacement applied to the
 * training data, whether names are coded BIO (begin, inside, outside) or BILOU (also last token and one-token name),
 * and the heading-case copies added to it.
 */
public record NerTrainingConfig(String name, String algorithm, int iterations, int cutoff, String featureSet,
        LexicalDropout dropout, MentionReplacement replacement, boolean bilou, HeadingCase headingCase) {

    public NerTrainingConfig(String name, String algorithm, int iterations, int cutoff, String featureSet) {
        this(name, algorithm, iterations, cutoff, featureSet, LexicalDropout.NONE, MentionReplacement.NONE, false,
                HeadingCase.NONE);
    }

    /**
     * Parses {@code name:ALGORITHM:iterations:cutoff:featureSet[:option]...}, an option being {@code bilou}, a
     * mention replacement as {@link MentionReplacement#parse} ({@code swap…}), heading-case copies as
     * {@link HeadingCase#parse} ({@code caps…}) or a dropout as {@link LexicalDropout#parse}.
     */
    public static NerTrainingConfig parse(String spec) {
        String[] f = spec.split(":");
        if (f.length < 5 || f.length > 9) {
            throw new IllegalArgumentException("variant '" + spec
                    + "': expected name:ALGORITHM:iterations:cutoff:featureSet[:bilou][:swap…][:caps…][:dropout]");
        }
        LexicalDropout dropout = LexicalDropout.NONE;
        MentionReplacement replacement = MentionReplacement.NONE;
        boolean bilou = false;
        HeadingCase headingCase = HeadingCase.NONE;
        for (int i = 5; i < f.length; i++) {
            if ("bilou".equals(f[i])) {
                bilou = true;
            } else if (f[i].startsWith("swap")) {
                replacement = MentionReplacement.parse(f[i]);
            } else if (f[i].startsWith("caps")) {
                headingCase = HeadingCase.parse(f[i]);
            } else {
                dropout = LexicalDropout.parse(f[i]);
            }
        }
        return new NerTrainingConfig(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], dropout,
                replacement, bilou, headingCase);
    }

    /** The variant the shipped model is trained with; see the models README for the comparison. */
    public static final NerTrainingConfig BEST =
            parse("perceptron-muni-orgctx-swap1:PERCEPTRON:100:2:muni-orgctx:swap1+register+synth");

    public String descriptorResource() {
        return "/no/muni/tag/train/features-" + featureSet + ".xml";
    }
}
