package no.muni.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs {@link BenchChild} in a fresh JVM with this JVM's class path and a given heap limit, so each
 * measurement starts cold and its peak RSS is its own. Optionally records a JFR profile.
 */
final class ChildJvm {

    private final String heap;
    private final Path jfrDir;

    /** {@code jfrDir}: where to write one .jfr per child, or null for none. */
    ChildJvm(String heap, Path jfrDir) {
        this.heap = heap;
        this.jfrDir = jfrDir;
    }

    /** The child's result line as a map; {@code label} names its JFR file and error messages. */
    Result run(String label, String... args) throws IOException {
        return run(label, sample -> { }, args);
    }

    /** The same, handing each of an ingest's {@link MemoryTrace} samples to {@code onSample} as the child takes it. */
    Result run(String label, Consumer<String> onSample, String... args) throws IOException {
        List<String> command = command(label, args);
        Path errors = Files.createTempFile("muni-bench-" + label, ".log");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            String line = null;
            try (BufferedReader out = process.inputReader(StandardCharsets.UTF_8)) {
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.startsWith(BenchChild.RESULT)) {
                        line = l;
                    } else if (l.startsWith(BenchChild.SAMPLE)) {
                        onSample.accept(l.substring(BenchChild.SAMPLE.length()));
                    }
                }
            }
            int code = process.waitFor();
            if (code != 0 || line == null) {
                List<String> err = Files.readAllLines(errors);
                throw new IOException("benchmark step '" + label + "' failed (exit " + code + "): "
                        + String.join("\n", err.subList(Math.max(0, err.size() - 20), err.size())));
            }
            return result(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + label, e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The command line of a child JVM running {@link BenchChild} with {@code args}. */
    List<String> command(String label, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("--enable-native-access=ALL-UNNAMED"); // as the jar's manifest grants muni's own JVM (Lucene's mmap hints)
        if (jfrDir != null) {
            Files.createDirectories(jfrDir);
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + jfrDir.resolve(label + ".jfr").toAbsolutePath());
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchChild.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Parses a {@code RESULT key=value …} line. */
    static Result result(String line) {
        Map<String, String> values = new HashMap<>();
        for (String pair : line.substring(BenchChild.RESULT.length()).split(" ")) {
            int eq = pair.indexOf('=');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new Result(values);
    }

    /** A child's numbers by name ({@code wallNanos}, {@code files}, {@code rssPeakBytes} …). */
    record Result(Map<String, String> values) {

        long get(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("the benchmark child reported no " + key);
            }
            return Long.parseLong(v);
        }

        double seconds() {
            return get("wallNanos") / 1e9;
        }
    }
}
