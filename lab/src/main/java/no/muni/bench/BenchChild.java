package no.muni.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import no.muni.index.DocumentIndex;
import no.muni.ingest.RunHistory;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.RunReport;
import no.muni.ingest.SourceDiscovery;
import no.muni.ingest.SourceFile;
import no.muni.ingest.SourceRoot;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.worker.IsolatedParser;
import no.muni.pipeline.Pipelines;
import no.muni.serve.MuniServer;

/**
 * What the benchmark runs in a fresh JVM (its own heap limit, its own peak RSS): either a muni ingest or
 * the same files through raw Tika. Prints one line, {@code RESULT key=value ...}, that {@link ChildJvm}
 * reads: wall time of the work (JVM start-up excluded), counts, memory high-water marks, and for an ingest
 * its {@link MemoryTrace} (memory at every tenth of the files).
 *
 * <p>Usage: {@code BenchChild ingest CORPUS[:CORPUS…] INDEX THREADS [child|process [TIMEOUT_SECONDS]]},
 * {@code BenchChild tika CORPUS THREADS}, {@code BenchChild tika-app JAR CORPUS THREADS OUT} (Tika's batch
 * command, timed from here)
 * or {@code BenchChild serve INDEX} (prints {@code PORT n}, serves on loopback until its stdin closes).
 */
public final class BenchChild {

    static final String RESULT = "RESULT ";
    static final String SERVING = "PORT ";
    /** The ingest's {@link MemoryTrace}, sampled at every tenth of its files: all samples in the result line. */
    static final String TRACE = "trace";
    /** Starts a line with one such sample, printed as it is taken. */
    static final String SAMPLE = "SAMPLE ";
    private static final int TRACE_PARTS = 10;

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        RssSampler rss = RssSampler.start();
        Map<String, Object> result = switch (args[0]) {
            case "ingest" -> ingest(Stream.of(args[1].split(File.pathSeparator)).map(Path::of).toList(), Path.of(args[2]),
                    Integer.parseInt(args[3]), args.length > 4 ? args[4] : "child",
                    args.length > 5 ? ParseLimits.defaults().withTimeout(Duration.ofSeconds(Long.parseLong(args[5])))
                            : ParseLimits.defaults());
            case "tika" -> tika(Path.of(args[1]), Integer.parseInt(args[2]));
            case "tika-app" -> tikaApp(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            case "serve" -> serve(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        result.putAll(memory());
        result.put("rssAnonPeakBytes", rss.anonPeakBytes());
        result.put("rssFilePeakBytes", rss.filePeakBytes());
        result.put("workersRssAnonPeakBytes", rss.descendantsAnonPeakBytes());
        result.put("totalRssAnonPeakBytes", rss.totalAnonPeakBytes());
        StringBuilder line = new StringBuilder(RESULT);
        result.forEach((k, v) -> line.append(k).append('=').append(v).append(' '));
        System.out.println(line.toString().strip());
        System.exit(0); // parse threads abandoned at a time limit must not keep the JVM alive
    }

    /** {@code parseIn}: "child" (worker JVMs, as {@code muni ingest} by default) or "process". */
    private static Map<String, Object> ingest(List<Path> corpus, Path index, int threads, String parseIn,
                                              ParseLimits limits) {
        long t0 = System.nanoTime();
        MemoryTrace trace = new MemoryTrace(TRACE_PARTS, sample -> System.out.println(SAMPLE + sample.encode()));
        RunReport report = new IngestRun(parseIn.equals("process") ? Pipelines.standard(limits)
                : Pipelines.isolated(limits, OcrOptions.defaults(), IsolatedParser.Settings.defaults()),
                new IngestOptions(threads, IngestOptions.defaults().commitEvery(), false))
                .run(corpus, DocumentIndex.at(index), trace);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("wallNanos", System.nanoTime() - t0);
        RunReport.Counts c = report.counts();
        r.put("files", c.seen());
        r.put("processed", c.newFiles() + c.changed());
        r.put("unchanged", c.unchanged());
        r.put("failed", c.failed());
        r.put("documents", c.documents());
        report.stageMillis().forEach((stage, ms) -> r.put("stage." + stage, ms));
        r.put("ocrPages", report.ocr().pages());
        r.put("ocrMillis", report.ocr().millis());
        r.put(TRACE, trace.encode());
        return r;
    }

    /** {@code muni serve} on a free loopback port until the parent closes this JVM's stdin. */
    private static Map<String, Object> serve(Path index) throws IOException {
        DocumentIndex idx = DocumentIndex.at(index);
        try (MuniServer server = MuniServer.start(idx, RunHistory.of(idx).exportHeader(), "127.0.0.1", 0)) {
            System.out.println(SERVING + server.port());
            System.out.flush();
            System.in.transferTo(OutputStream.nullOutputStream());
        }
        return new LinkedHashMap<>();
    }

    /**
     * Tika's floor: every file through {@link AutoDetectParser} into a {@link BodyContentHandler}, on as many
     * threads as the ingest uses, with the file name as the same hint the pipeline gives.
     */
    private static Map<String, Object> tika(Path corpus, int threads) throws Exception {
        long t0 = System.nanoTime();
        List<SourceFile> files = new SourceDiscovery().discover(SourceRoot.of(corpus)).files();
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (SourceFile file : files) {
            done.add(pool.submit(() -> {
                BodyContentHandler text = new BodyContentHandler(-1);
                Metadata metadata = new Metadata();
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.path().getFileName().toString());
                try (InputStream in = TikaInputStream.get(file.path())) {
                    parser.parse(in, text, metadata, new ParseContext());
                    chars.addAndGet(text.toString().length());
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("wallNanos", System.nanoTime() - t0);
        r.put("files", files.size());
        r.put("processed", files.size() - failed.get());
        r.put("failed", failed.get());
        r.put("chars", chars.get());
        return r;
    }

    /**
     * tika-app's batch mode on the corpus, writing text into {@code out} (emptied first); it forks a child JVM and
     * waits for it, so its CPU time arrives in this JVM's children's time ({@link #memory()}). Its heap is its own.
     */
    private static Map<String, Object> tikaApp(Path jar, Path corpus, int threads, Path out) throws Exception {
        if (Files.exists(out)) {
            try (var all = Files.walk(out)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(out);
        Path log = Files.createTempFile("muni-bench-tika-app", ".log");
        long t0 = System.nanoTime();
        Process batch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "-numConsumers", String.valueOf(threads), "-i", corpus.toString(),
                "-o", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = batch.waitFor();
        long wall = System.nanoTime() - t0;
        if (code != 0) {
            throw new IOException("tika-app exited with " + code + "; see " + log);
        }
        Files.delete(log);
        long written;
        try (var all = Files.walk(out)) {
            written = all.filter(Files::isRegularFile).count();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("wallNanos", wall);
        r.put("files", written);
        return r;
    }

    /** CPU time, peak heap (sum of the heap pools' peaks), the old generation after the last GC, and peak RSS (VmHWM). */
    private static Map<String, Object> memory() throws IOException {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            // whole JVM, start-up included, and its ended child JVMs (parser workers): other load does not inflate it
            r.put("cpuNanos", os.getProcessCpuTime() + childrenCpuNanos());
        }
        r.put("heapPeakBytes", heapPeak);
        r.put("oldAfterGcBytes", MemoryTrace.oldAfterGcBytes());
        r.put("rssPeakBytes", RssSampler.ownBytes("VmHWM:"));
        return r;
    }

    /** CPU time of ended child processes (cutime + cstime of /proc/self/stat), 0 where there is no /proc. */
    private static long childrenCpuNanos() throws IOException {
        Path stat = Path.of("/proc/self/stat");
        if (!Files.isReadable(stat)) {
            return 0;
        }
        String line = Files.readString(stat);
        // fields after the command name in parentheses, which may hold spaces; cutime is field 16, cstime 17
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        return ticks * 1_000_000_000L / 100; // USER_HZ is 100 on Linux
    }
}
