package no.muni.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import no.muni.model.DocumentStructure;
import no.muni.tag.OpenNlpEntityTagger;
import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.ConlluSentence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code muni bench-tag}: single-thread tagging throughput (sentences, tokens, names, normalisation,
 * measures) in tokens per second, over NorNE text glued into documents. A benchmark, not a test.
 */
@Command(name = "bench-tag", mixinStandardHelpOptions = true,
        description = "Measure tagging throughput in tokens/s on one core.")
public final class BenchTagCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/norne-nob/dev.conllu",
            description = "CoNLL-U file whose text is tagged (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds after one warm-up round.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new UsageException("no such CoNLL-U file: " + data.toAbsolutePath());
        }
        List<ConlluSentence> sentences = ConlluReader.read(data);
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
        OpenNlpEntityTagger tagger = OpenNlpEntityTagger.bundled();
        run(tagger, documents);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            run(tagger, documents);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        // CPU time of this thread: the per-core figure even when other jobs share the machine
        double cpuSecs = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "tagged %d tokens x %d rounds in %.1f s wall, %.1f s CPU: %.0f tokens/s wall, "
                + "%.0f tokens/s per CPU-second%n", tokens, rounds, secs, cpuSecs, tokens * rounds / secs, tokens * rounds / cpuSecs);
        return ExitCodes.OK;
    }

    private static void run(OpenNlpEntityTagger tagger, List<String> documents) {
        for (String d : documents) {
            tagger.tag(DocumentStructure.untyped("bench", d));
        }
    }
}
