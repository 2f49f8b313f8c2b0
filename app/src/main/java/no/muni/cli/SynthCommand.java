package no.muni.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.corpus.SyntheticCorpus;

@Command(name = "synth", description = {
        "Write a synthetic corpus of N documents recombined from the sample corpus's transcriptions.",
        "The files come in the sample's mix of formats (TXT, PDF, DOCX, HTML); the same --seed gives the same files."})
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Empty or new folder to write into.")
    Path out;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "1000", description = "Documents (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of seed transcriptions, NNN_*.txt (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--threads", description = "Writer threads (default: number of cores).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        if (docs < 1) {
            throw new UsageException("--docs must be at least 1");
        }
        if (!Files.isDirectory(from)) {
            throw new UsageException("no seed folder " + from + " (run from the repository root or pass --from)");
        }
        if (holdsFiles(out)) {
            throw new UsageException(out + " already holds files; synth writes into an empty or new folder");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        SyntheticCorpus.Summary summary = SyntheticCorpus.fromSeeds(from).generate(out, docs, seed,
                threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        stdout.println(summary.describe());
        stdout.flush();
        return ExitCodes.OK;
    }

    private static boolean holdsFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
