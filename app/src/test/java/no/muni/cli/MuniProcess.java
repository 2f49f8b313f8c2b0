package no.muni.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The muni command line in a JVM of its own, so a test can hold the index lock from another process
 * or kill a run with SIGKILL. It runs from the test classpath, as the shaded jar only exists after
 * packaging, which comes after the tests.
 */
final class MuniProcess implements AutoCloseable {

    /** Only a guard against a hung child; no test asserts on how long anything takes. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;

    private MuniProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code muni ARGS...}; standard output and error go to {@code log}. */
    static MuniProcess start(Path log, String... args) throws IOException {
        return start(log, List.of(), args);
    }

    /** Starts {@code muni ARGS...} in a JVM with {@code jvmOptions} (such as {@code -Djava.io.tmpdir=DIR}). */
    static MuniProcess start(Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Muni.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new MuniProcess(process, log);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the child has printed {@code text}; fails if it ends first. */
    void awaitOutput(String text) throws IOException {
        awaitWhileRunning("output \"" + text + "\"", () -> {
            try {
                return output().contains(text);
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** Waits until {@code condition} holds while the child still runs; fails if it ends first. */
    void awaitWhileRunning(String what, BooleanSupplier condition) throws IOException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                fail("muni ended (exit " + process.exitValue() + ") before " + what + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + PATIENCE + ":\n" + output());
            }
            sleep();
        }
    }

    /** Waits until the run has ended and returns its exit status; fails if it runs on past the patience. */
    int awaitExit() throws IOException, InterruptedException {
        if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("muni did not end within " + PATIENCE + ":\n" + output());
        }
        return process.exitValue();
    }

    boolean running() {
        return process.isAlive();
    }

    /** The processes this run has started (child parser JVMs, Tesseract). */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks, no closing of the index. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
