package no.muni.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.bench.HostileLoad;

@Command(name = "bench-hostile", description = {
        "Ingest a corpus alone and with four hostile files (a zip bomb, a 50 MB page, a 20 MB line, a scan that "
                + "keeps OCR busy) and compare time, failures and memory of muni and its parser JVMs.",
        "Without --corpus it uses synth/corpus-<docs>, generating it first if absent. A benchmark, not a test."})
final class BenchHostileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpusOption corpus;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "200",
            description = "Size of the synthetic corpus when --corpus is not given (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "synth/hostile",
            description = "Scratch folder for the hostile files and indexes, deleted after (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "20",
            description = "Per-file time limit of both runs (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--threads", description = "Ingest threads (default: number of cores).")
    Integer threads;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of muni's JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Override
    public Integer call() throws Exception {
        if (timeout < 1) {
            throw new UsageException("--timeout must be at least 1 s");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        Path measured = corpus.resolve(docs, spec.commandLine().getOut(), spec.commandLine().getErr());
        if (Files.isDirectory(work) && !work.getFileName().toString().equals("hostile")) {
            throw new UsageException("--work must be a folder named 'hostile' (it is deleted): " + work);
        }
        String report = new HostileLoad(new HostileLoad.Options(measured, work, threads == null ? cores : threads,
                timeout, heap), spec.commandLine().getErr()).run();
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
