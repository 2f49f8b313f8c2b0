package no.muni.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue #14's scenario for defect 3: a corpus ingested alone and again with the four {@link HostileFiles}
 * beside it, each run in a fresh JVM with parsing in worker JVMs and a per-file time limit. The hostile run
 * should take about the normal time plus the hostile files' own time limits, with memory bounded by the
 * parser heap, and fail exactly the hostile files.
 */
public final class HostileLoad {

    /** {@code work}: scratch folder for the hostile files and the two indexes, emptied first. */
    public record Options(Path corpus, Path work, int threads, int timeoutSeconds, String heap) {
    }

    private final Options options;
    private final PrintWriter progress;

    public HostileLoad(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs both ingests; returns the report, ready to print. */
    public String run() throws IOException {
        Machine machine = Machine.current();
        clear(options.work());
        step("writing the hostile files");
        List<Path> hostile = HostileFiles.write(options.work().resolve("hostile"));
        ChildJvm jvm = new ChildJvm(options.heap(), null);
        step("ingest of " + options.corpus() + " alone");
        ChildJvm.Result alone = jvm.run("alone", "ingest", options.corpus().toString(),
                options.work().resolve("index-alone").toString(), String.valueOf(options.threads()), "child",
                String.valueOf(options.timeoutSeconds()));
        step("ingest of " + options.corpus() + " with " + hostile.size() + " hostile files");
        ChildJvm.Result with = jvm.run("hostile", "ingest",
                options.corpus() + File.pathSeparator + options.work().resolve("hostile"),
                options.work().resolve("index-hostile").toString(), String.valueOf(options.threads()), "child",
                String.valueOf(options.timeoutSeconds()));
        clear(options.work());
        return machine.describe() + String.format(Locale.ROOT, ", %.2f at end%n", Machine.currentLoad())
                + String.format(Locale.ROOT, "--parse-in child, --timeout %d s, %d threads, -Xmx%s, parser heap 1g%n",
                options.timeoutSeconds(), options.threads(), options.heap())
                + line("alone", alone) + line("with " + hostile.size() + " hostile", with)
                + String.format(Locale.ROOT, "hostile files cost %+.1f s wall (%d × the %d s limit over the threads: %d s)%n",
                with.seconds() - alone.seconds(), hostile.size(), options.timeoutSeconds(),
                (long) hostile.size() * options.timeoutSeconds() / options.threads());
    }

    private static String line(String label, ChildJvm.Result r) {
        return String.format(Locale.ROOT, "%-16s %5d files, %3d failed: %6.1f s wall, %6.1f s CPU (muni and workers); "
                        + "peak anonymous RSS muni %s, workers %s, together %s%n", label, r.get("files"), r.get("failed"),
                r.seconds(), r.get("cpuNanos") / 1e9, mb(r.get("rssAnonPeakBytes")),
                mb(r.get("workersRssAnonPeakBytes")), mb(r.get("totalRssAnonPeakBytes")));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : Math.round(bytes / (1024.0 * 1024)) + " MB";
    }

    private void step(String what) {
        progress.println("bench-hostile: " + what + " …");
        progress.flush();
    }

    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
