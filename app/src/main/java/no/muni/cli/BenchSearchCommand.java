package no.muni.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import no.muni.bench.SearchScale;
import no.muni.index.DocumentIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code muni bench-search}: in-process search latency (first page of 10 with facets and snippets) over the
 * benchmark's query mix, on an index or on a copy of it replicated N times. A benchmark, not a test.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Measure search latency p50/p99 on an index, optionally replicated N times.")
public final class BenchSearchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    IndexOption index;

    @Option(names = "--replicate", paramLabel = "N", defaultValue = "1",
            description = "Search a copy holding the index's documents N times (default: ${DEFAULT-VALUE}).")
    int replicate;

    @Option(names = "--replica", paramLabel = "DIR",
            description = "Where the replicated index is, or is written when absent (needed with --replicate).")
    Path replica;

    @Option(names = "--rounds", defaultValue = "60", description = "Timed rounds of the query mix, after 5 untimed warm-up rounds.")
    int rounds;

    @Override
    public Integer call() throws Exception {
        DocumentIndex source = index.existing();
        if (replicate < 1 || rounds < 1) {
            throw new UsageException("--replicate and --rounds must be at least 1");
        }
        if (replicate > 1 && replica == null) {
            throw new UsageException("--replicate needs --replica DIR for the replicated index");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        SearchScale.measure(source, replicate, replica, rounds, out);
        return ExitCodes.OK;
    }
}
