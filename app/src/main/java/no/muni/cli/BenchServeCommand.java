package no.muni.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.bench.ServeLoad;

@Command(name = "bench-serve", description = {
        "Load the HTTP server with N clients sending every kind of route for S seconds.",
        "Runs `muni serve` in a fresh JVM on loopback; prints p50/p99 per route, failures and the server's peak memory. "
                + "A benchmark, not a test."})
final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "synth/bench-index",
            description = "Index to serve, e.g. the one `muni bench` builds (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients, 1-64 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Duration, 1-600 s (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of the server JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 64 || seconds < 1 || seconds > 600) {
            throw new UsageException("--clients must be 1-64 and --seconds 1-600");
        }
        String report = new ServeLoad(new ServeLoad.Options(index, clients, seconds, heap), spec.commandLine().getErr()).run();
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
