package no.muni.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's resident set split into anonymous memory (heap, metaspace, stacks: what the process
 * really holds) and file-backed pages (Lucene's memory-mapped index files, reclaimable page cache), every
 * 200 ms, keeping the peaks. {@code VmHWM} alone cannot tell the two apart.
 */
final class RssSampler {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final AtomicLong anonPeakKb = new AtomicLong(-1);
    private final AtomicLong filePeakKb = new AtomicLong(-1);

    private RssSampler() {
    }

    /** Starts sampling on a daemon thread; on a system without /proc the peaks stay unknown (-1). */
    static RssSampler start() {
        RssSampler sampler = new RssSampler();
        if (Files.isReadable(STATUS)) {
            Thread t = new Thread(sampler::loop, "rss-sampler");
            t.setDaemon(true);
            t.start();
        }
        return sampler;
    }

    long anonPeakBytes() {
        sample();
        return anonPeakKb.get() < 0 ? -1 : anonPeakKb.get() * 1024;
    }

    long filePeakBytes() {
        sample();
        return filePeakKb.get() < 0 ? -1 : filePeakKb.get() * 1024;
    }

    private void loop() {
        while (true) {
            sample();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("RssAnon:")) {
                    anonPeakKb.accumulateAndGet(kb(line), Math::max);
                } else if (line.startsWith("RssFile:")) {
                    filePeakKb.accumulateAndGet(kb(line), Math::max);
                }
            }
        } catch (IOException e) {
            // /proc vanished: keep the peaks seen so far
        }
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
