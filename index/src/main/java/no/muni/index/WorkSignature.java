package no.muni.index;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a document's text, so documents with the same or nearly the same text (a PDF and
 * its DOCX, a re-sent attachment, a re-published version) can be found without comparing texts. The text
 * is normalised (NFKC, lower case, only runs of letters and digits, so layout, punctuation, page breaks and
 * hyphenation do not count) and cut into overlapping shingles of {@value #SHINGLE} words; the share of
 * equal signature positions estimates the Jaccard similarity of two texts' shingle sets (Broder 1997).
 * How the shingle size and {@link #SAME_WORK} were chosen: docs/works.md.
 */
public final class WorkSignature {

    /** Words per shingle. */
    static final int SHINGLE = 3;
    /** Signature length: 64 minima give an estimate within about ±0.06 (one standard deviation) at 0.5. */
    static final int HASHES = 64;
    /** Locality-sensitive hashing: 16 bands of 4 positions; pairs above about 0.5 share a band. */
    static final int BANDS = 16;
    static final int ROWS = HASHES / BANDS;
    /** Estimated Jaccard similarity from which two texts are renditions of one work (measured: docs/works.md). */
    public static final double SAME_WORK = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int[] SEEDS = seeds();

    private WorkSignature() {
    }

    /** The signature of a text, or null when it has no words (such a document is a work of its own). */
    public static int[] of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        long[] window = new long[SHINGLE];
        int words = 0;
        int[] minima = new int[HASHES];
        java.util.Arrays.fill(minima, Integer.MAX_VALUE);
        while (m.find()) {
            window[words % SHINGLE] = hash(m.group());
            words++;
            if (words >= SHINGLE) {
                add(minima, shingle(window, words));
            }
        }
        if (words == 0) {
            return null;
        }
        if (words < SHINGLE) {
            add(minima, shingle(window, words));
        }
        return minima;
    }

    /** The estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /** The key of one band of a signature: signatures sharing a band key are candidate pairs. */
    static long bandKey(int[] signature, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = mix(h ^ signature[i]);
        }
        return h;
    }

    /**
     * The keys of all bands of a signature, as text: two documents are compared when they share one. An index
     * that keeps them (SolrCloud's {@code work.bands}) finds a document's candidates with one term query.
     */
    public static List<String> bandKeys(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            keys.add(Long.toString(bandKey(signature, band), Character.MAX_RADIX));
        }
        return keys;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(HASHES * Integer.BYTES);
        for (int v : signature) {
            buf.putInt(v);
        }
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * Integer.BYTES) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        int[] out = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            out[i] = buf.getInt();
        }
        return out;
    }

    private static void add(int[] minima, long shingle) {
        for (int i = 0; i < HASHES; i++) {
            int h = (int) mix(shingle ^ SEEDS[i]);
            if (h < minima[i]) {
                minima[i] = h;
            }
        }
    }

    /** The hash of the shingle ending at word {@code words}: its words in order. */
    private static long shingle(long[] window, int words) {
        long h = 0;
        int n = Math.min(words, SHINGLE);
        for (int i = words - n; i < words; i++) {
            h = mix(h * 31 + window[i % SHINGLE]);
        }
        return h;
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < word.length(); i++) {
            h = (h ^ word.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int[] seeds() {
        int[] seeds = new int[HASHES];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            seeds[i] = (int) s;
        }
        return seeds;
    }
}
