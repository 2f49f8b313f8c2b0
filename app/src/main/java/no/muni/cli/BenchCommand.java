package no.muni.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.bench.Benchmark;

@Command(name = "bench", description = {
        "Measure ingest throughput (against raw Tika), re-run cost, search latency, memory and index size.",
        "Prints one table. Without --corpus it uses synth/corpus-N, generating it first if absent."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpusOption corpus;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000",
            description = "Size of the synthetic corpus when --corpus is not given (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "synth/bench-index",
            description = "Scratch index, deleted and rebuilt (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3",
            description = "Repetitions of the cheap measurements: re-runs, search (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--full-runs", paramLabel = "N", defaultValue = "1",
            description = "Repetitions of the full ingest and raw-Tika runs (default: ${DEFAULT-VALUE}).")
    int fullRuns;

    @Option(names = "--threads", description = "Ingest and Tika threads (default: number of cores).")
    Integer threads;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of the measured JVMs (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--jfr", paramLabel = "DIR", description = "Record a JFR profile of every measured JVM into DIR.")
    Path jfr;

    @Option(names = "--tag-text", paramLabel = "FILE", defaultValue = "../shared/data/norne-nob/dev.conllu",
            description = "CoNLL-U text for the tagging figure, as bench-tag (default: ${DEFAULT-VALUE}).")
    Path tagText;

    @Option(names = "--tika-app", paramLabel = "JAR",
            description = "Also time Tika's own batch command (java -jar JAR -numConsumers THREADS -i CORPUS -o OUT) on the "
                    + "same files, side by side, e.g. tika-app-3.2.2.jar from Maven Central.")
    Path tikaApp;

    @Option(names = "--no-in-process",
            description = "Skip the second full ingest with parsing in process (on a large corpus it takes as long as the first).")
    boolean noInProcess;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || fullRuns < 1) {
            throw new UsageException("--runs and --full-runs must be at least 1");
        }
        if (tikaApp != null && !Files.isRegularFile(tikaApp)) {
            throw new UsageException("no tika-app jar at " + tikaApp
                    + " (download org.apache.tika:tika-app:3.2.2 from Maven Central)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int cores = Runtime.getRuntime().availableProcessors();
        Path measured = corpus.resolve(docs, out, err);
        String report = new Benchmark(new Benchmark.Options(measured, index, runs, fullRuns,
                threads == null ? cores : threads, heap, jfr, tagText, tikaApp, !noInProcess), err).run();
        out.print(report);
        out.flush();
        return ExitCodes.OK;
    }
}
