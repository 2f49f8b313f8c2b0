package no.muni.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

import no.muni.corpus.SyntheticCorpus;

/**
 * The corpus a benchmark measures: {@code --corpus DIR}, or else the synthetic corpus of {@code docs}
 * documents in {@code synth/corpus-<docs>}, written first when absent. Each benchmark has its own
 * {@code --docs} default.
 */
final class BenchCorpusOption {

    @Option(names = "--corpus", paramLabel = "DIR", description = "Corpus to measure (default: synth/corpus-<docs>).")
    Path corpus;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of that corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "corpus",
            description = "Seed transcriptions for that corpus (default: ${DEFAULT-VALUE}).")
    Path from;

    /** The folder to measure; a synthetic corpus written now is described on {@code out}, its progress on {@code err}. */
    Path resolve(int docs, PrintWriter out, PrintWriter err) throws IOException {
        if (corpus != null) {
            if (!Files.isDirectory(corpus)) {
                throw new UsageException("folder not found: " + corpus);
            }
            return corpus;
        }
        Path synthetic = Path.of("synth", "corpus-" + docs);
        if (!Files.isDirectory(synthetic)) {
            if (!Files.isDirectory(from)) {
                throw new UsageException("no seed folder " + from + " (run from the repository root or pass --from)");
            }
            err.println("bench: writing a synthetic corpus of " + docs + " documents to " + synthetic + " …");
            err.flush();
            out.println("synthetic corpus: " + SyntheticCorpus.fromSeeds(from).generate(synthetic, docs, seed,
                    Runtime.getRuntime().availableProcessors()).describe());
        }
        return synthetic;
    }
}
