package no.muni.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.index.SearchLatency;
import no.muni.ingest.SourceDiscovery;
import no.muni.ingest.SourceFile;
import no.muni.ingest.SourceRoot;
import no.muni.pipeline.PipelineVersion;

/**
 * The benchmark behind {@code muni bench}: on one corpus, a cold full ingest and the same files through raw
 * Tika (each in a fresh JVM with the given heap), re-runs with nothing and with 1% changed, search latency
 * in process, memory high-water marks and index size; all into one {@link BenchTable}.
 */
public final class Benchmark {

    /**
     * {@code fullRuns}: repetitions of the expensive full ingest and raw-Tika runs; {@code runs}: of the cheap ones;
     * {@code tikaApp}: a tika-app jar whose batch command is timed on the same files, or null; {@code inProcessRun}:
     * whether to run the full ingest once more with parsing in process (on a large corpus, as long as the first).
     */
    public record Options(Path corpus, Path index, int runs, int fullRuns, int threads, String heap, Path jfrDir,
                          Path tagText, Path tikaApp, boolean inProcessRun) {
    }

    private static final String GOAL_NONE = "";
    /** Scanned pages for the OCR row: enough for a stable per-page time, few enough for minutes. */
    private static final int OCR_PAGES = 6;

    /** Words, names, phrases, a field, AND/OR, prefix and fuzzy: what people type into the search box. */
    static final List<String> SEARCH_MIX = List.of(
            "frivillig", "Røde Kors", "\"aktuelle tiltak\"", "samarbeidsavtale", "title:plattform",
            "barnehage AND skole", "frivillig*", "kommunedirektør svar", "eldre OR ungdom", "Pensjonistforbundet",
            "nærutvalg", "tilskudd~1", "\"frivillig sektor\" AND kommunen", "idrett", "folkehelse");

    private final Options options;
    private final PrintWriter progress;
    private final ChildJvm jvm;
    /** The measured corpus's files, for the progress lines. */
    private int corpusFiles;

    public Benchmark(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
        this.jvm = new ChildJvm(options.heap(), options.jfrDir());
    }

    /** Runs every measurement; returns the machine line and the table, ready to print. */
    public String run() throws IOException {
        Machine machine = Machine.current();
        List<SourceFile> files = new SourceDiscovery().discover(SourceRoot.of(options.corpus())).files();
        long bytes = files.stream().mapToLong(SourceFile::size).sum();
        corpusFiles = files.size();
        String corpus = String.format(Locale.ROOT, "%d files, %.1f MB", files.size(), bytes / 1e6);
        String threads = options.threads() + " threads";
        BenchTable table = new BenchTable();

        List<ChildJvm.Result> full = new ArrayList<>();
        for (int r = 0; r < options.fullRuns(); r++) {
            clearIndex();
            step("full ingest " + (r + 1) + "/" + options.fullRuns() + " of " + corpus);
            full.add(run("ingest-full-" + (r + 1), "ingest", options.corpus().toString(),
                    options.index().toString(), String.valueOf(options.threads())));
        }
        double fullSeconds = median(full, ChildJvm.Result::seconds);
        ChildJvm.Result fullRun = full.getFirst();
        double filesPerSecond = files.size() / fullSeconds;
        table.add("ingest, full pipeline, cold", rate(files.size(), bytes, fullSeconds), GOAL_NONE,
                runs(full.size()) + ", " + threads + ", -Xmx" + options.heap() + ", " + corpus
                        + (fullRun.get("failed") > 0 ? ", " + fullRun.get("failed") + " failed" : ""));
        table.add("  worker time by stage", stages(fullRun), GOAL_NONE, "share of summed worker time, first run");

        // the re-runs right after the full ingest they build on: a bench cut short on a large corpus still has them
        List<ChildJvm.Result> unchanged = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            step("no-change re-run " + (r + 1) + "/" + options.runs());
            unchanged.add(ingest("ingest-unchanged-" + (r + 1)));
        }
        double unchangedShare = median(unchanged, ChildJvm.Result::seconds) / fullSeconds;
        table.add("re-run, nothing changed", seconds(median(unchanged, ChildJvm.Result::seconds))
                + " = " + percent(unchangedShare) + " of full", "< 5%",
                runs(unchanged.size()) + "; " + verdict(unchangedShare < 0.05));

        CorpusChange change = CorpusChange.of(files, 0.01);
        List<ChildJvm.Result> changed = new ArrayList<>();
        for (int r = 0; r < options.runs(); r++) {
            // swap in, measure, swap back, measure: both are 1% changes, and the corpus ends as it began
            for (String way : List.of("a", "b")) {
                step("1% change re-run " + (r + 1) + way + "/" + options.runs());
                change.apply();
                changed.add(ingest("ingest-changed-" + (r + 1) + way));
            }
        }
        double changedShare = median(changed, ChildJvm.Result::seconds) / fullSeconds;
        table.add("re-run, 1% changed", seconds(median(changed, ChildJvm.Result::seconds))
                        + " = " + percent(changedShare) + " of full", "< 10%",
                runs(changed.size()) + ", " + change.files() + " files swapped; " + verdict(changedShare < 0.10));

        if (options.inProcessRun()) {
            clearIndex();
            step("full ingest parsing in process, for the cost of parser JVMs");
            ChildJvm.Result inProcess = run("ingest-in-process", "ingest", options.corpus().toString(),
                    options.index().toString(), String.valueOf(options.threads()), "process");
            table.add("  parsing in process instead", rate(files.size(), bytes, inProcess.seconds()), GOAL_NONE,
                    String.format(Locale.ROOT, "1 run, --parse-in process; parser JVMs cost %s wall, %s CPU",
                            signedPercent(fullSeconds / inProcess.seconds() - 1),
                            signedPercent((double) fullRun.get("cpuNanos") / inProcess.get("cpuNanos") - 1)));
        }

        List<ChildJvm.Result> tika = new ArrayList<>();
        for (int r = 0; r < options.fullRuns(); r++) {
            step("raw Tika " + (r + 1) + "/" + options.fullRuns());
            tika.add(run("tika-" + (r + 1), "tika", options.corpus().toString(), String.valueOf(options.threads())));
        }
        double tikaSeconds = median(tika, ChildJvm.Result::seconds);
        double ratio = filesPerSecond / (files.size() / tikaSeconds);
        table.add("raw Tika text extraction", rate(files.size(), bytes, tikaSeconds), GOAL_NONE,
                runs(tika.size()) + ", AutoDetectParser + BodyContentHandler, " + threads);
        table.add("pipeline / raw Tika throughput", String.format(Locale.ROOT, "%.2f", ratio), "≥ 0.67",
                verdict(ratio >= 0.67));
        // On a shared machine the two runs may see different load; CPU time per file does not depend on it.
        double cpuRatio = median(tika, r -> r.get("cpuNanos")) / median(full, r -> r.get("cpuNanos"));
        table.add("  the same in CPU time", String.format(Locale.ROOT, "%.2f", cpuRatio), "≥ 0.67",
                "raw-Tika CPU / pipeline CPU, whole JVMs; " + verdict(cpuRatio >= 0.67));

        if (options.tikaApp() != null) {
            tikaApp(files.size(), bytes, fullSeconds, median(full, r -> r.get("cpuNanos")), table);
        }

        if (Files.isRegularFile(options.tagText())) {
            step("tagging throughput");
            TagThroughput tag = TagThroughput.measure(options.tagText(), Math.max(TagThroughput.DEFAULT_ROUNDS, options.runs()));
            table.add("tagging tokens/s per core", String.format(Locale.ROOT, "%.0f tokens/s", tag.tokensPerCpuSecond()),
                    GOAL_NONE, String.format(Locale.ROOT, "thread CPU time, median of %d rounds of %d tokens of NorNE "
                            + "after %d warm-up rounds, 1 thread (%.0f tokens/s wall)", tag.rounds(), tag.tokens(),
                            tag.warmUpCpuSeconds().length, tag.tokensPerSecond()));
        } else {
            table.add("tagging tokens/s per core", "n/a", GOAL_NONE, "no NorNE text at " + options.tagText());
        }

        ocr(files, table);

        step("search latency");
        long documents;
        SearchLatency.Result search;
        try (IndexView view = DocumentIndex.at(options.index()).openView()) {
            documents = view.documentCount();
            search = SearchLatency.measure(view, SEARCH_MIX, 20 * options.runs());
        }
        table.add("search latency p50 / p99", String.format(Locale.ROOT, "%.2f ms / %.2f ms (CPU %.2f ms / %.2f ms)",
                        search.p50Millis(), search.p99Millis(), search.cpuP50Millis(), search.cpuP99Millis()), GOAL_NONE,
                search.samples() + " searches, " + SEARCH_MIX.size()
                        + "-query mix, first page of 10 with facets and snippets, in process, 1 thread");

        long rss = full.stream().mapToLong(r -> r.get("rssPeakBytes")).max().orElse(-1);
        long anon = full.stream().mapToLong(r -> r.get("rssAnonPeakBytes")).max().orElse(-1);
        long mapped = full.stream().mapToLong(r -> r.get("rssFilePeakBytes")).max().orElse(-1);
        long heap = full.stream().mapToLong(r -> r.get("heapPeakBytes")).max().orElse(-1);
        long old = full.stream().mapToLong(r -> r.get("oldAfterGcBytes")).max().orElse(-1);
        long workers = full.stream().mapToLong(r -> r.get("workersRssAnonPeakBytes")).max().orElse(-1);
        long together = full.stream().mapToLong(r -> r.get("totalRssAnonPeakBytes")).max().orElse(-1);
        table.add("peak RSS / heap, full ingest", String.format(Locale.ROOT, "%s / %s", mb(rss), mb(heap)),
                "completes, flat", "-Xmx" + options.heap() + ", " + files.size() + " files; RSS peaks: anonymous "
                        + mb(anon) + ", file-backed (mapped index) " + mb(mapped) + "; old gen after last GC " + mb(old)
                        + "; parser workers' anonymous RSS " + mb(workers) + " at peak, muni and workers together " + mb(together)
                        + (fullRun.get("files") == files.size() ? "; completed" : "; did not see every file"));
        for (MemoryTrace.Sample at : MemoryTrace.decode(fullRun.values().get(BenchChild.TRACE))) {
            table.add(String.format(Locale.ROOT, "  at %d of %d files", at.files(), fullRun.get("files")),
                    String.format(Locale.ROOT, "RSS %s (anonymous %s, file-backed %s), heap in use %s", 
                            mb(plus(at.rssAnonBytes(), at.rssFileBytes())), mb(at.rssAnonBytes()), mb(at.rssFileBytes()),
                            mb(at.heapUsedBytes())), GOAL_NONE,
                    String.format(Locale.ROOT, "full ingest, first run, %.0f s in, load %.2f; old gen after last GC %s",
                            at.millis() / 1000.0, at.loadAverage(), mb(at.oldAfterGcBytes())));
        }

        long indexBytes = sizeOf(DocumentIndex.at(options.index()).luceneDir());
        table.add("index size per document", String.format(Locale.ROOT, "%.1f KB", indexBytes / 1e3 / documents),
                GOAL_NONE, String.format(Locale.ROOT, "%.1f MB for %d documents (%.2f × corpus bytes)",
                        indexBytes / 1e6, documents, (double) indexBytes / bytes));

        return machine.describe() + String.format(Locale.ROOT, ", %.2f at end%n", Machine.currentLoad())
                + "corpus: " + options.corpus() + " (" + corpus + "), pipeline " + PipelineVersion.CURRENT + "\n\n"
                + table.render();
    }

    /**
     * Tika's own batch command on the same files ({@code -numConsumers THREADS -i CORPUS -o OUT}, text out), the
     * comparison a user of tika-app makes; its CPU time counts the batch's forked child JVM.
     */
    private void tikaApp(int files, long bytes, double fullSeconds, double fullCpuNanos, BenchTable table)
            throws IOException {
        Path out = options.index().resolveSibling(options.index().getFileName() + "-tika-app");
        List<ChildJvm.Result> batch = new ArrayList<>();
        for (int r = 0; r < options.fullRuns(); r++) {
            step("tika-app batch " + (r + 1) + "/" + options.fullRuns());
            batch.add(run("tika-app-" + (r + 1), "tika-app", options.tikaApp().toString(),
                    options.corpus().toString(), String.valueOf(options.threads()), out.toString()));
        }
        double seconds = median(batch, ChildJvm.Result::seconds);
        String jar = options.tikaApp().getFileName().toString();
        table.add("tika-app batch", rate(files, bytes, seconds), GOAL_NONE,
                runs(batch.size()) + ", " + jar + " -numConsumers " + options.threads() + " -i CORPUS -o OUT");
        double wallRatio = fullSeconds / seconds;
        double cpuRatio = fullCpuNanos / median(batch, r -> r.get("cpuNanos"));
        table.add("pipeline / tika-app batch time", String.format(Locale.ROOT, "%.2f× wall, %.2f× CPU", wallRatio, cpuRatio),
                "≤ 1.5×", "muni ingest time / tika-app time; " + verdict(wallRatio <= 1.5));
    }

    /** Seconds per scanned page: scans of the corpus's PDFs through a full ingest with OCR, in parser JVMs. */
    private void ocr(List<SourceFile> files, BenchTable table) throws IOException {
        Path scans = options.index().resolveSibling(options.index().getFileName() + "-scans");
        Path scanIndex = options.index().resolveSibling(options.index().getFileName() + "-scans-index");
        int pages = ScanCorpus.write(files, scans, OCR_PAGES);
        if (pages == 0) {
            table.add("OCR seconds per page", "n/a", GOAL_NONE, "no PDF in the corpus to scan");
            return;
        }
        step("OCR of " + pages + " scanned pages");
        ChildJvm.Result ocr = run("ocr", "ingest", scans.toString(), scanIndex.toString(),
                String.valueOf(options.threads()));
        long read = ocr.get("ocrPages");
        table.add("OCR seconds per page", read == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f s",
                        ocr.get("ocrMillis") / 1000.0 / read), GOAL_NONE,
                String.format(Locale.ROOT, "%d of %d scanned pages read (first pages of the corpus's PDFs at 200 dpi), "
                        + "whole files' time, %s; Tesseract nor+eng", read, pages, options.threads() + " threads"));
    }

    /** One measured child JVM; its figures also go to the progress output as soon as it ends. */
    private ChildJvm.Result run(String label, String... args) throws IOException {
        ChildJvm.Result result = jvm.run(label, sample -> {
            progress.println("bench: " + label + " " + MemoryTrace.Sample.decode(sample).describe(corpusFiles));
            progress.flush();
        }, args);
        progress.printf(Locale.ROOT, "bench: %s took %.1f s (load %.2f): %s%n", label, result.seconds(),
                Machine.currentLoad(), new TreeMap<>(result.values()));
        progress.flush();
        return result;
    }

    private ChildJvm.Result ingest(String label) throws IOException {
        return run(label, "ingest", options.corpus().toString(), options.index().toString(),
                String.valueOf(options.threads()));
    }

    /** Deletes the benchmark's index before a cold run, refusing a folder that holds anything but an index. */
    private void clearIndex() throws IOException {
        Path dir = options.index();
        if (!Files.exists(dir)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (!empty && !DocumentIndex.at(dir).exists()) {
            throw new IOException(dir + " holds files but no muni index; the benchmark will not delete it");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void step(String what) {
        progress.println("bench: " + what + " …");
        progress.flush();
    }

    private static String stages(ChildJvm.Result run) {
        Map<String, Long> stages = new TreeMap<>();
        run.values().forEach((k, v) -> {
            if (k.startsWith("stage.")) {
                stages.put(k.substring("stage.".length()), Long.parseLong(v));
            }
        });
        long total = stages.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder sb = new StringBuilder();
        stages.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey().toLowerCase(Locale.ROOT))
                        .append(' ').append(percent(total == 0 ? 0 : (double) e.getValue() / total)));
        return sb.toString();
    }

    private static double median(List<ChildJvm.Result> results, ToDoubleFunction<ChildJvm.Result> value) {
        double[] v = results.stream().mapToDouble(value).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String rate(long files, long bytes, double seconds) {
        return String.format(Locale.ROOT, "%.1f docs/s, %.2f MB/s (%.1f s)", files / seconds, bytes / 1e6 / seconds,
                seconds);
    }

    private static String runs(int n) {
        return n == 1 ? "1 run" : "median of " + n + " runs";
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    private static String signedPercent(double share) {
        return String.format(Locale.ROOT, "%+.0f%%", share * 100);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The sum of two sizes, unknown (-1) if either is. */
    private static long plus(long a, long b) {
        return a < 0 || b < 0 ? -1 : a + b;
    }

    static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", Math.round(bytes / (1024.0 * 1024)));
    }

    private static String verdict(boolean met) {
        return met ? "goal met" : "goal missed";
    }

    private static long sizeOf(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
