package no.muni.tag.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import no.muni.tag.features.OrganisationHeads;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Word dropout for name-finder training, the classic remedy for memorising names: in a chosen fraction of the
 * entities of the training data, every capitalised word is made unknown, so the learner has to find the name
 * by its context, shape, prefix, suffix and organisation head ("Bergen kommune" seen as "Bexbargen kommune") rather
 * than by having seen it. Users' documents are full of names NorNE never saw (local clubs, IKS, schools).
 *
 * <p>A word is made unknown by inserting a nonce of letters after at most its first four characters, before
 * its last four or its organisation head: prefix, suffix, shape, token class and head stay, while the word itself,
 * and every window and bigram feature naming it, occurs once in the whole training data and so falls under
 * the feature cutoff, exactly as an unseen word contributes nothing at tagging time. Nothing of this is in the
 * model's feature descriptor: tagging sees real words only.
 *
 * @param rate fraction of entities whose words are made unknown (0 = no dropout)
 * @param copy true to add a masked copy of every sentence with a masked entity and keep the original (the
 *             model still learns the names it has seen); false to mask in place
 * @param seed the random seed, so training stays deterministic
 */
public record LexicalDropout(double rate, boolean copy, long seed) {

    public static final LexicalDropout NONE = new LexicalDropout(0, false, 0);

    public LexicalDropout {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("dropout rate must be between 0 and 1, not " + rate);
        }
    }

    /**
     * Parses {@code copy0.5} (masked copies beside the originals) or {@code inplace0.3} (masking in place);
     * {@code none} for no dropout.
     */
    public static LexicalDropout parse(String spec) {
        if (spec.equals("none")) {
            return NONE;
        }
        boolean copy = spec.startsWith("copy");
        if (!copy && !spec.startsWith("inplace")) {
            throw new IllegalArgumentException("dropout '" + spec + "': expected copyRATE, inplaceRATE or none");
        }
        return new LexicalDropout(Double.parseDouble(spec.substring(copy ? 4 : 7)), copy, 12);
    }

    /** The training samples with dropout applied; the input itself when the rate is 0. */
    public List<NameSample> apply(List<NameSample> samples) {
        if (rate == 0) {
            return samples;
        }
        SplittableRandom random = new SplittableRandom(seed);
        Nonces nonces = new Nonces();
        List<NameSample> out = new ArrayList<>(copy ? samples.size() * 2 : samples.size());
        for (NameSample sample : samples) {
            NameSample masked = mask(sample, random, nonces);
            if (copy) {
                out.add(sample);
                if (masked != sample) {
                    out.add(masked);
                }
            } else {
                out.add(masked);
            }
        }
        return out;
    }

    private NameSample mask(NameSample sample, SplittableRandom random, Nonces nonces) {
        String[] tokens = null;
        for (Span name : sample.getNames()) {
            if (random.nextDouble() >= rate) {
                continue;
            }
            for (int i = name.getStart(); i < name.getEnd(); i++) {
                String unknown = unknown(sample.getSentence()[i], nonces);
                if (unknown != null) {
                    if (tokens == null) {
                        tokens = sample.getSentence().clone();
                    }
                    tokens[i] = unknown;
                }
            }
        }
        return tokens == null ? sample : new NameSample(tokens, sample.getNames(), sample.isClearAdaptiveDataSet());
    }

    /**
     * The word made unknown, or null to keep it: words in lower case ("kommune", "for", "i") and words that are an
     * organisation head on their own ("Forbundet") are the cues the model should learn, not names.
     */
    static String unknown(String word, Nonces nonces) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return null;
        }
        String head = OrganisationHeads.ending(word);
        if (head != null && head.startsWith("=")) {
            return null;
        }
        int headLength = head == null ? 0 : head.length();
        // keep the last four letters (or the head) and up to four first ones: suffixes say more in Norwegian
        int at = Math.max(1, Math.min(4, word.length() - Math.max(headLength, 4)));
        boolean allCaps = word.equals(word.toUpperCase(Locale.ROOT));
        String nonce = nonces.next();
        return word.substring(0, at) + (allCaps ? nonce.toUpperCase(Locale.ROOT) : nonce) + word.substring(at);
    }

    /**
     * Distinct strings of at least three letters, a counter written least significant letter first ("aab", "bab",
     * …): the letters next to the kept prefix change from one nonce to the next, so no prefix feature marks a
     * masked word as such (it would learn "masked means name" instead of the context).
     */
    static final class Nonces {
        private long counter = 26 * 26;

        String next() {
            StringBuilder sb = new StringBuilder(4);
            long n = counter++;
            do {
                sb.append((char) ('a' + n % 26));
                n /= 26;
            } while (n > 0);
            return sb.toString();
        }
    }
}
