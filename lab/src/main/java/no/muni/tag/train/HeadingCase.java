package no.muni.tag.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Copies of training sentences with ordinary words capitalised, as municipal documents write them in headings,
 * table rows, tables of contents and slide bullets ("Bibliotek Kulturskole Hjemmetjenester", "Frivillighet
 * definisjoner"), while NorNE's news sentences capitalise almost nothing but names: a capital letter then says
 * "name" so firmly that a known common word in a heading is read as one. In a copy each lower-case word of at
 * least four letters outside the names is capitalised with even chance; the names and their types are those of the
 * original, which stays, so the model learns that a capitalised word it knows as an ordinary word is still one,
 * and a name never seen keeps its capital letter as its best sign. Nothing of this is in the model: tagging sees
 * the text as it is.
 *
 * @param rate fraction of the training sentences that get a copy (0 = none)
 * @param seed the random seed, so training stays deterministic
 */
public record HeadingCase(double rate, long seed) {

    public static final HeadingCase NONE = new HeadingCase(0, 0);

    public HeadingCase {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("heading-case rate must be between 0 and 1, not " + rate);
        }
    }

    /** Parses {@code capsRATE}, e.g. {@code caps0.3}. */
    public static HeadingCase parse(String spec) {
        if (!spec.startsWith("caps")) {
            throw new IllegalArgumentException("heading case '" + spec + "': expected capsRATE");
        }
        return new HeadingCase(Double.parseDouble(spec.substring(4)), 12);
    }

    /** The training samples with their copies; the input itself when the rate is 0. */
    public List<NameSample> apply(List<NameSample> samples) {
        if (rate == 0) {
            return samples;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<NameSample> out = new ArrayList<>(samples.size() * 2);
        for (NameSample sample : samples) {
            out.add(sample);
            if (random.nextDouble() < rate) {
                NameSample copy = capitalised(sample, random);
                if (copy != null) {
                    out.add(copy);
                }
            }
        }
        return out;
    }

    /** The sample with some ordinary words outside its names capitalised, or null if none was. */
    static NameSample capitalised(NameSample sample, SplittableRandom random) {
        String[] tokens = sample.getSentence().clone();
        boolean[] ordinary = ordinaryWords(sample);
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            if (ordinary[i] && random.nextBoolean()) {
                tokens[i] = Character.toUpperCase(tokens[i].charAt(0)) + tokens[i].substring(1);
                changed = true;
            }
        }
        return changed ? new NameSample(tokens, sample.getNames(), true) : null;
    }

    /**
     * Which of a sample's tokens are ordinary words: outside its names, at least four letters, all in lower case.
     * The copies capitalise these, and {@link TrainingNameWords#ordinaryWords} lists them, so both mean the same words.
     */
    static boolean[] ordinaryWords(NameSample sample) {
        String[] tokens = sample.getSentence();
        boolean[] ordinary = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            ordinary[i] = tokens[i].length() >= 4 && tokens[i].chars().allMatch(Character::isLowerCase);
        }
        for (Span name : sample.getNames()) {
            java.util.Arrays.fill(ordinary, name.getStart(), name.getEnd(), false);
        }
        return ordinary;
    }
}
