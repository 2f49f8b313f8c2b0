package no.muni.tag.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learnt from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and
 * Ney 1998, "Algorithms for bigram and trigram word clustering"): every word of a fixed number of classes is moved,
 * one at a time, to the class that most raises the likelihood of a class-bigram model of the text, until few words
 * move. Words that occur in the same contexts end up together ("kommune", "fylkeskommune", "direktorat"; towns; first
 * names), so the name finder can weigh a word it never saw inside a name by the class of words it resembles
 * (the Brown-cluster features of Ratinov and Roth 2009, here with flat classes at several sizes).
 *
 * <p>Words are lower-cased; sentence boundaries are one word of their own; words rarer than {@code minCount} share one
 * word for the statistics and get no class. Deterministic: the same text gives the same classes.
 */
public final class WordClasses {

    private static final String BOUNDARY = "<s>";
    private static final String RARE = "<rare>";

    private final String[] words;
    private final int[] counts;
    /** Successors and predecessors of each word with their bigram counts, as parallel arrays. */
    private final int[][] next;
    private final int[][] nextCounts;
    private final int[][] prev;
    private final int[][] prevCounts;
    private final int[] selfCounts;
    private final double[] xlogx;

    private WordClasses(List<List<String>> sentences, int minCount) {
        Map<String, Integer> frequency = new HashMap<>();
        long tokens = 0;
        for (List<String> s : sentences) {
            for (String w : s) {
                frequency.merge(w, 1, Integer::sum);
            }
            tokens += s.size() + 1;
        }
        List<String> vocabulary = new ArrayList<>();
        vocabulary.add(BOUNDARY);
        vocabulary.add(RARE);
        frequency.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> vocabulary.add(e.getKey()));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.put(vocabulary.get(i), i);
        }
        words = vocabulary.toArray(String[]::new);
        counts = new int[words.length];
        List<Map<Integer, Integer>> successors = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            successors.add(new HashMap<>());
        }
        for (List<String> s : sentences) {
            int before = 0;
            counts[0]++;
            for (String w : s) {
                int id = ids.getOrDefault(w, 1);
                counts[id]++;
                successors.get(before).merge(id, 1, Integer::sum);
                before = id;
            }
            successors.get(before).merge(0, 1, Integer::sum);
        }
        next = new int[words.length][];
        nextCounts = new int[words.length][];
        selfCounts = new int[words.length];
        int[] predecessorTotal = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            TreeMap<Integer, Integer> sorted = new TreeMap<>(successors.get(w));
            next[w] = sorted.keySet().stream().mapToInt(Integer::intValue).toArray();
            nextCounts[w] = sorted.values().stream().mapToInt(Integer::intValue).toArray();
            for (int v : next[w]) {
                predecessorTotal[v]++;
            }
            selfCounts[w] = successors.get(w).getOrDefault(w, 0);
        }
        prev = new int[words.length][];
        prevCounts = new int[words.length][];
        int[] fill = new int[words.length];
        for (int v = 0; v < words.length; v++) {
            prev[v] = new int[predecessorTotal[v]];
            prevCounts[v] = new int[predecessorTotal[v]];
        }
        for (int w = 0; w < words.length; w++) {
            for (int k = 0; k < next[w].length; k++) {
                int v = next[w][k];
                prev[v][fill[v]] = w;
                prevCounts[v][fill[v]++] = nextCounts[w][k];
            }
        }
        xlogx = new double[(int) tokens + 2];
        for (int x = 1; x < xlogx.length; x++) {
            xlogx[x] = x * Math.log(x);
        }
    }

    /**
     * Classes {@code 0..classes-1} of the words of {@code sentences} (forms as given, lower-cased here) that occur at
     * least {@code minCount} times, after at most {@code passes} passes of the exchange algorithm.
     */
    public static Map<String, Integer> learn(List<List<String>> sentences, int classes, int minCount, int passes) {
        List<List<String>> lower = sentences.stream()
                .map(s -> s.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
        return new WordClasses(lower, minCount).exchange(classes, passes);
    }

    private Map<String, Integer> exchange(int k, int passes) {
        int[] cls = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            cls[w] = w % k; // frequency order, round robin: the frequent words start apart
        }
        int[] pair = new int[k * k];
        int[] unigram = new int[k];
        for (int w = 0; w < words.length; w++) {
            unigram[cls[w]] += counts[w];
            for (int j = 0; j < next[w].length; j++) {
                pair[cls[w] * k + cls[next[w][j]]] += nextCounts[w][j];
            }
        }
        int[] left = new int[k];
        int[] right = new int[k];
        int[] touchedLeft = new int[k];
        int[] touchedRight = new int[k];
        for (int pass = 0; pass < passes; pass++) {
            int moved = 0;
            for (int w = 0; w < words.length; w++) {
                int nl = byClass(w, prev[w], prevCounts[w], cls, left, touchedLeft);
                int nr = byClass(w, next[w], nextCounts[w], cls, right, touchedRight);
                int self = selfCounts[w];
                int from = cls[w];
                move(pair, unigram, k, w, from, left, right, touchedLeft, nl, touchedRight, nr, self, -1);
                int best = from;
                double bestGain = gain(pair, unigram, k, w, from, left, right, touchedLeft, nl, touchedRight, nr, self);
                for (int b = 0; b < k; b++) {
                    if (b != from) {
                        double g = gain(pair, unigram, k, w, b, left, right, touchedLeft, nl, touchedRight, nr, self);
                        if (g > bestGain + 1e-9) {
                            bestGain = g;
                            best = b;
                        }
                    }
                }
                move(pair, unigram, k, w, best, left, right, touchedLeft, nl, touchedRight, nr, self, 1);
                if (best != from) {
                    cls[w] = best;
                    moved++;
                }
                for (int i = 0; i < nl; i++) {
                    left[touchedLeft[i]] = 0;
                }
                for (int i = 0; i < nr; i++) {
                    right[touchedRight[i]] = 0;
                }
            }
            if (moved < words.length / 1000) {
                break;
            }
        }
        Map<String, Integer> out = new TreeMap<>();
        for (int w = 2; w < words.length; w++) {
            out.put(words[w], cls[w]);
        }
        return out;
    }

    /**
     * Sums the bigram counts of word {@code w} with its neighbours (other than itself) by the neighbours' class into
     * {@code sums}, listing each class it touches in {@code touched}; returns how many it touched.
     */
    private static int byClass(int w, int[] neighbours, int[] bigrams, int[] cls, int[] sums, int[] touched) {
        int n = 0;
        for (int j = 0; j < neighbours.length; j++) {
            if (neighbours[j] != w) {
                int c = cls[neighbours[j]];
                if (sums[c] == 0) {
                    touched[n++] = c;
                }
                sums[c] += bigrams[j];
            }
        }
        return n;
    }

    /** Adds ({@code sign} 1) or removes (-1) word {@code w}'s bigram and unigram counts to or from class {@code c}. */
    private void move(int[] pair, int[] unigram, int k, int w, int c, int[] left, int[] right, int[] touchedLeft, int nl,
                      int[] touchedRight, int nr, int self, int sign) {
        for (int i = 0; i < nl; i++) {
            pair[touchedLeft[i] * k + c] += sign * left[touchedLeft[i]];
        }
        for (int i = 0; i < nr; i++) {
            pair[c * k + touchedRight[i]] += sign * right[touchedRight[i]];
        }
        pair[c * k + c] += sign * self;
        unigram[c] += sign * counts[w];
    }

    /** The change in the class-bigram log likelihood when word {@code w} (removed from its class) joins class {@code b}. */
    private double gain(int[] pair, int[] unigram, int k, int w, int b, int[] left, int[] right, int[] touchedLeft,
                        int nl, int[] touchedRight, int nr, int self) {
        double g = 0;
        for (int i = 0; i < nl; i++) {
            int c = touchedLeft[i];
            if (c != b) {
                int n = pair[c * k + b];
                g += xlogx[n + left[c]] - xlogx[n];
            }
        }
        for (int i = 0; i < nr; i++) {
            int d = touchedRight[i];
            if (d != b) {
                int n = pair[b * k + d];
                g += xlogx[n + right[d]] - xlogx[n];
            }
        }
        int n = pair[b * k + b];
        g += xlogx[n + left[b] + right[b] + self] - xlogx[n];
        return g - 2 * (xlogx[unigram[b] + counts[w]] - xlogx[unigram[b]]);
    }

    /** Writes {@code word class} lines, the format of OpenNLP's {@code WordClusterDictionary}. */
    public static void write(Map<String, Integer> classes, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Integer> e : classes.entrySet()) {
                if (e.getKey().chars().noneMatch(Character::isWhitespace)) {
                    out.write(e.getKey() + " " + e.getValue() + "\n");
                }
            }
        }
    }

    /**
     * {@code WordClasses DATA_DIR[,DATA_DIR] SPLIT[,SPLIT] OUT_PREFIX CLASSES[,CLASSES] MIN_COUNT}: learns classes from
     * the word forms of the named CoNLL-U splits (e.g. {@code train,dev}; their names are not read) and writes
     * {@code OUT_PREFIX<classes>.txt} per size.
     */
    public static void main(String[] args) throws IOException {
        List<List<String>> text = new ArrayList<>();
        for (String dir : args[0].split(",")) {
            for (String split : args[1].split(",")) {
                for (ConlluSentence s : ConlluReader.read(Path.of(dir, split + ".conllu"))) {
                    text.add(s.forms());
                }
            }
        }
        int minCount = Integer.parseInt(args[4]);
        for (int k : Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).sorted().toArray()) {
            long t0 = System.nanoTime();
            Map<String, Integer> classes = learn(text, k, minCount, 30);
            Path file = Path.of(args[2] + k + ".txt");
            write(classes, file);
            System.out.printf(Locale.ROOT, "%d classes of %d words from %d sentences in %d s: %s%n", k, classes.size(),
                    text.size(), (System.nanoTime() - t0) / 1_000_000_000L, file);
        }
    }
}
