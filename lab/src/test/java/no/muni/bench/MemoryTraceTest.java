package no.muni.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import no.muni.ingest.Change;
import no.muni.ingest.SourceFile;
import no.muni.ingest.SourceRoot;

/**
 * The trace samples at each tenth of the files, from any number of worker threads, tells of each sample as it is taken,
 * and survives the RESULT line.
 */
class MemoryTraceTest {

    private static final SourceFile FILE = new SourceFile(SourceRoot.of(Path.of("corpus")), Path.of("corpus/a.txt"),
            "a.txt", 1);

    @Test
    void samplesOncePerTenthWhateverTheThreads() throws InterruptedException {
        List<MemoryTrace.Sample> heard = new CopyOnWriteArrayList<>();
        MemoryTrace trace = new MemoryTrace(10, heard::add);
        trace.started(1005);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 1005; i++) {
            workers.execute(() -> trace.fileDone(FILE, Change.NEW, null));
        }
        workers.shutdown();
        assertTrue(workers.awaitTermination(1, TimeUnit.MINUTES));

        List<Integer> at = trace.samples().stream().map(MemoryTrace.Sample::files).toList();
        assertEquals(List.of(101, 201, 302, 402, 503, 603, 704, 804, 905, 1005), at);
        assertEquals(trace.samples(), heard.stream().sorted(Comparator.comparingInt(MemoryTrace.Sample::files)).toList(),
                "each sample is heard as it is taken");
    }

    @Test
    void aRunSmallerThanItsPartsIsSampledAtEveryFile() {
        MemoryTrace trace = new MemoryTrace(10, sample -> { });
        trace.started(3);
        for (int i = 0; i < 3; i++) {
            trace.fileDone(FILE, Change.UNCHANGED, null);
        }
        assertEquals(List.of(1, 2, 3), trace.samples().stream().map(MemoryTrace.Sample::files).toList());
    }

    @Test
    void readsThisJvmsMemoryAndRoundTripsThroughTheResultLine() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "no /proc here: resident set sizes are unknown");
        MemoryTrace trace = new MemoryTrace(2, sample -> { });
        trace.started(2);
        trace.fileDone(FILE, Change.NEW, null);
        byte[] held = new byte[8 << 20];
        trace.fileDone(FILE, Change.FAILED, "broken");

        List<MemoryTrace.Sample> samples = trace.samples();
        MemoryTrace.Sample last = samples.getLast();
        assertTrue(last.rssAnonBytes() > held.length, "anonymous RSS holds at least the 8 MB array: " + last);
        assertTrue(last.rssFileBytes() > 0, "the JDK's mapped files are resident: " + last);
        assertTrue(last.heapUsedBytes() >= held.length, last.toString());
        assertTrue(last.millis() >= samples.getFirst().millis());
        String encoded = trace.encode();
        assertTrue(!encoded.contains(" ") && !encoded.contains("="), "one token of the RESULT line: " + encoded);
        List<MemoryTrace.Sample> decoded = MemoryTrace.decode(encoded);
        assertEquals(samples.size(), decoded.size());
        for (int i = 0; i < samples.size(); i++) {
            MemoryTrace.Sample a = samples.get(i);
            MemoryTrace.Sample b = decoded.get(i);
            assertEquals(List.of(a.files(), a.millis(), a.rssAnonBytes(), a.rssFileBytes(), a.heapUsedBytes(), a.oldAfterGcBytes()),
                    List.of(b.files(), b.millis(), b.rssAnonBytes(), b.rssFileBytes(), b.heapUsedBytes(), b.oldAfterGcBytes()));
            assertEquals(a.loadAverage(), b.loadAverage(), 0.005, "the load average to two decimals");
        }
        assertEquals(List.of(), MemoryTrace.decode(""));
    }
}
