package no.muni.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.muni.model.DocumentStructure;
import no.muni.tag.Gazetteer;
import no.muni.tag.NlpModels;
import no.muni.tag.OpenNlpEntityTagger;
import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.ConlluSentence;

/**
 * Single-thread tagging throughput (sentences, tokens, names, normalisation, measures) over NorNE text
 * glued into documents of 50 sentences, in tokens per CPU-second of the tagging thread, so other jobs on the
 * machine do not lower it.
 *
 * <p>Warm-up runs until the JIT has settled: at least {@link #MIN_WARM_UP_ROUNDS} rounds (the JIT compiles by
 * how often code has run, not by time: at load 12 a CPU-time floor of 3 s ended after 7 rounds, and the timed
 * rounds then scattered from 82k to 180k), and then until a round passes in which the JIT compilers spent less than {@link #SETTLED_COMPILE_SHARE} of the
 * round's CPU time compiling (at most {@link #MAX_WARM_UP_ROUNDS} rounds). A round of NorNE dev costs ~0.2
 * CPU-seconds once compiled; on a quiet machine (2026-12-03, load 3.7) the rounds went 55k, 96k, 106k, 104k,
 * 49k, 138k, 150k, … and settled at 170k–200k tokens per CPU-second only after ten rounds, so the three
 * warm-up rounds and one timed round that {@code muni bench} used measured code still being compiled
 * (100k–126k on the same build).
 *
 * <p>Each timed round tags with a tagger of its own, built before the clock starts (models loaded, its
 * thread's annotator made), so what a tagger keeps of the tokens it has seen (the name finder's weights per
 * distinct token, the tokenizer's splits) holds no text of an earlier round: every round costs what the
 * first pass over this text costs a fresh worker. The figure is the median of the rounds' rates, which one
 * round interrupted by a collection or a late compilation does not move.
 * {@code muni bench-tag} prints it; {@code muni bench} puts it in its table.
 *
 * @param cpuSeconds the tagging thread's CPU time over the timed rounds
 * @param processCpuSeconds the whole JVM's over the same rounds: with garbage collection and compilation, -1 when
 *     the JVM does not tell
 * @param roundCpuSeconds the tagging thread's CPU time of each timed round
 * @param warmUpCpuSeconds the same of each warm-up round
 */
public record TagThroughput(long tokens, int rounds, double wallSeconds, double cpuSeconds, double processCpuSeconds,
                            double[] roundCpuSeconds, double[] warmUpCpuSeconds) {

    /** Timed rounds unless asked for more: a few CPU-seconds, and a median that one slow round does not move. */
    public static final int DEFAULT_ROUNDS = 5;
    /** Untimed rounds at least. */
    public static final int MIN_WARM_UP_ROUNDS = 10;
    /** Untimed rounds at most, when the JIT keeps compiling. */
    public static final int MAX_WARM_UP_ROUNDS = 60;
    /** The JIT's compile time, as a share of a round's CPU time, below which warm-up ends. */
    public static final double SETTLED_COMPILE_SHARE = 0.02;

    public static TagThroughput measure(Path conllu, int rounds) throws IOException {
        if (rounds < 1) {
            throw new IllegalArgumentException("at least one timed round, not " + rounds);
        }
        List<ConlluSentence> sentences = ConlluReader.read(conllu);
        List<String> documents = new ArrayList<>();
        long tokens = 0;
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            doc.append(sentences.get(i).text()).append(i % 5 == 4 ? "\n" : " ");
            tokens += sentences.get(i).forms().size();
            if (i % 50 == 49) {
                documents.add(doc.toString());
                doc.setLength(0);
            }
        }
        documents.add(doc.toString());
        NlpModels models = NlpModels.bundled();
        Gazetteer gazetteer = Gazetteer.bundled();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        List<Double> warmUp = new ArrayList<>();
        while (warmUp.size() < MAX_WARM_UP_ROUNDS) {
            OpenNlpEntityTagger tagger = ready(models, gazetteer);
            long compiled0 = compileMillis(jit);
            long cpu0 = mx.getCurrentThreadCpuTime();
            tagAll(tagger, documents);
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double compiling = (compileMillis(jit) - compiled0) / 1e3;
            warmUp.add(cpu);
            if (warmUp.size() >= MIN_WARM_UP_ROUNDS && (compileMillis(jit) < 0 || compiling < SETTLED_COMPILE_SHARE * cpu)) {
                break;
            }
        }
        double[] roundCpu = new double[rounds];
        double wall = 0;
        double process = 0;
        for (int r = 0; r < rounds; r++) {
            OpenNlpEntityTagger tagger = ready(models, gazetteer);
            long process0 = processCpuNanos();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            tagAll(tagger, documents);
            wall += (System.nanoTime() - t0) / 1e9;
            roundCpu[r] = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            process += (processCpuNanos() - process0) / 1e9;
        }
        return new TagThroughput(tokens, rounds, wall, Arrays.stream(roundCpu).sum(), processCpuNanos() < 0 ? -1 : process, roundCpu,
                warmUp.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median round's tokens per CPU-second of the tagging thread: the figure reported. */
    public double tokensPerCpuSecond() {
        double[] sorted = roundCpuSeconds.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return tokens / median;
    }

    /** Tokens per CPU-second of the slowest and the fastest timed round. */
    public double[] roundRange() {
        double[] sorted = roundCpuSeconds.clone();
        Arrays.sort(sorted);
        return new double[] {tokens / sorted[sorted.length - 1], tokens / sorted[0]};
    }

    public double tokensPerSecond() {
        return tokens * rounds / wallSeconds;
    }

    /** A tagger whose thread-local annotator is already built, so a timed round measures tagging alone. */
    private static OpenNlpEntityTagger ready(NlpModels models, Gazetteer gazetteer) {
        OpenNlpEntityTagger tagger = new OpenNlpEntityTagger(models, gazetteer);
        tagger.tag(DocumentStructure.untyped("bench", ""));
        return tagger;
    }

    /** Tokens per CPU-second of the whole JVM over the timed rounds (garbage collection and compilation included), -1 if unknown. */
    public double tokensPerProcessCpuSecond() {
        return processCpuSeconds < 0 ? -1 : tokens * rounds / processCpuSeconds;
    }

    /** The JVM's CPU time so far, -1 when it does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Milliseconds the JIT has spent compiling so far, -1 when the JVM does not tell. */
    private static long compileMillis(CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    private static void tagAll(OpenNlpEntityTagger tagger, List<String> documents) {
        for (String d : documents) {
            tagger.tag(DocumentStructure.untyped("bench", d));
        }
    }
}
