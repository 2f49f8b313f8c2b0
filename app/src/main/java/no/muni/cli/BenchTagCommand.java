package no.muni.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import no.muni.bench.DocumentSizes;
import no.muni.bench.Machine;
import no.muni.bench.TagThroughput;
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

    @Option(names = "--rounds", defaultValue = "" + TagThroughput.DEFAULT_ROUNDS, description = "Timed rounds (default: "
            + "${DEFAULT-VALUE}), after warm-up rounds until the JIT has settled; the median round is reported.")
    int rounds;

    @Option(names = "--sizes", paramLabel = "MB", split = ",",
            description = "Also run one HTML document of each size in MB (e.g. 0.5,1,2,5,10) through parse, structure "
                    + "and tag and print the time per MB, which stays flat when the pipeline is linear in the text's length.")
    List<Double> sizes;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(data)) {
            throw new UsageException("no such CoNLL-U file: " + data.toAbsolutePath());
        }
        TagThroughput t = TagThroughput.measure(data, rounds);
        System.out.printf(Locale.ROOT, "tagged %d tokens x %d rounds in %.1f s wall, %.1f s CPU: %.0f tokens/s wall, "
                + "%.0f tokens/s per CPU-second (median round; rounds %.0f to %.0f) after %d warm-up rounds; "
                + "%.0f tokens per CPU-second of the whole JVM (collection and compilation included)%n",
                t.tokens(), t.rounds(), t.wallSeconds(), t.cpuSeconds(), t.tokensPerSecond(), t.tokensPerCpuSecond(),
                t.roundRange()[0], t.roundRange()[1], t.warmUpCpuSeconds().length, t.tokensPerProcessCpuSecond());
        System.out.printf(Locale.ROOT, "tokens per CPU-second, warm-up rounds: %s; timed rounds: %s%n",
                rates(t.tokens(), t.warmUpCpuSeconds()), rates(t.tokens(), t.roundCpuSeconds()));
        if (sizes != null) {
            System.out.printf(Locale.ROOT, "load average %.2f%n", Machine.currentLoad());
            Path work = Files.createTempDirectory("muni-sizes");
            try {
                for (DocumentSizes.Row row : DocumentSizes.measure(data, sizes, work)) {
                    System.out.printf(Locale.ROOT, "document of %.1f MB: %.1f s wall, %.1f s CPU (process), %.2f CPU-s per MB; "
                            + "stages (ms) %s; load average %.2f%n", row.megabytes(), row.wallSeconds(), row.cpuSeconds(),
                            row.cpuSecondsPerMegabyte(), row.stageMillis(), Machine.currentLoad());
                }
            } finally {
                Files.deleteIfExists(work);
            }
        }
        return ExitCodes.OK;
    }

    private static String rates(long tokens, double[] cpuSeconds) {
        return java.util.Arrays.stream(cpuSeconds).mapToObj(c -> String.format(Locale.ROOT, "%.0f", tokens / c))
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
