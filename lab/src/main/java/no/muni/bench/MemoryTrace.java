package no.muni.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import no.muni.ingest.Change;
import no.muni.ingest.IngestListener;
import no.muni.ingest.SourceFile;
import no.muni.parse.worker.WorkerHeap;

/**
 * The memory of an ingest JVM while it runs: each time another tenth (or {@code 1/parts}) of the files is done,
 * the resident set at that moment (anonymous and file-backed), the heap in use, the old generation after the last
 * GC and the load average. Peaks at the end cannot tell memory that grows with the corpus from a burst early on;
 * the same figures at 10% and at 100% of a run can.
 */
final class MemoryTrace implements IngestListener {

    /** Memory at {@code files} done, {@code millis} after the run started; -1 where the system does not tell. */
    record Sample(int files, long millis, long rssAnonBytes, long rssFileBytes, long heapUsedBytes,
                  long oldAfterGcBytes, double loadAverage) {

        private static final String FIELDS = ",";

        /** One token without spaces or '=', for the child's {@code RESULT} line. */
        String encode() {
            return String.join(FIELDS, String.valueOf(files), String.valueOf(millis), String.valueOf(rssAnonBytes),
                    String.valueOf(rssFileBytes), String.valueOf(heapUsedBytes), String.valueOf(oldAfterGcBytes),
                    String.format(Locale.ROOT, "%.2f", loadAverage));
        }

        /** In words, for the progress output: "at 10000 of 100000 files, 612 s in, load 3.10: RSS …". */
        String describe(long ofFiles) {
            return String.format(Locale.ROOT, "at %d of %d files, %.0f s in, load %.2f: RSS %s (anonymous %s, "
                            + "file-backed %s), heap in use %s, old gen after last GC %s", files, ofFiles, millis / 1000.0,
                    loadAverage, Benchmark.mb(rssAnonBytes < 0 || rssFileBytes < 0 ? -1 : rssAnonBytes + rssFileBytes),
                    Benchmark.mb(rssAnonBytes), Benchmark.mb(rssFileBytes), Benchmark.mb(heapUsedBytes),
                    Benchmark.mb(oldAfterGcBytes));
        }

        static Sample decode(String token) {
            String[] f = token.split(FIELDS);
            return new Sample(Integer.parseInt(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseLong(f[4]), Long.parseLong(f[5]), Double.parseDouble(f[6]));
        }
    }

    private static final String SAMPLES = ";";

    private final int parts;
    private final Consumer<Sample> onSample;
    private final long t0 = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final List<Sample> samples = new ArrayList<>();
    private volatile int files;

    /**
     * {@code parts}: how many samples a run of any size gets (at least one file apart); {@code onSample} hears of each
     * as it is taken, on the worker thread that finished the file (a long run can be watched, or cut short).
     */
    MemoryTrace(int parts, Consumer<Sample> onSample) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, not " + parts);
        }
        this.parts = parts;
        this.onSample = onSample;
    }

    @Override
    public void started(int files) {
        this.files = files;
    }

    @Override
    public void fileDone(SourceFile file, Change change, String failureReason) {
        int n = done.incrementAndGet();
        // n crosses into the next part: with 100,000 files and 10 parts, at 10,000, 20,000 … 100,000
        if (files > 0 && (long) n * parts / files > (long) (n - 1) * parts / files) {
            Sample sample = sample(n);
            synchronized (samples) {
                samples.add(sample);
            }
            onSample.accept(sample);
        }
    }

    List<Sample> samples() {
        synchronized (samples) {
            return samples.stream().sorted(Comparator.comparingInt(Sample::files)).toList();
        }
    }

    /** All samples as one token for the {@code RESULT} line; "" when there are none. */
    String encode() {
        return String.join(SAMPLES, samples().stream().map(Sample::encode).toList());
    }

    static List<Sample> decode(String encoded) {
        return encoded == null || encoded.isEmpty() ? List.of()
                : Stream.of(encoded.split(SAMPLES)).map(Sample::decode).toList();
    }

    private Sample sample(int filesDone) {
        return new Sample(filesDone, (System.nanoTime() - t0) / 1_000_000, RssSampler.ownBytes("RssAnon:"),
                RssSampler.ownBytes("RssFile:"), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                oldAfterGcBytes(), Machine.currentLoad());
    }

    /** The old generation's use after the last collection (approximately the live set), 0 before the first. */
    static long oldAfterGcBytes() {
        return WorkerHeap.now().retainedBytes();
    }
}
