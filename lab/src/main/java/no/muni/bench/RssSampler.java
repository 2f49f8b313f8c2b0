package no.muni.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples this JVM's resident set split into anonymous memory (heap, metaspace, stacks: what the process
 * really holds) and file-backed pages (Lucene's memory-mapped index files, reclaimable page cache), every
 * 200 ms, keeping the peaks. {@code VmHWM} alone cannot tell the two apart. The anonymous memory of the
 * processes this JVM started (parser worker JVMs, Tesseract) is summed beside it, alone and with this JVM's
 * at the same moment, since that is what the machine must hold.
 */
final class RssSampler {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final AtomicLong anonPeakKb = new AtomicLong(-1);
    private final AtomicLong filePeakKb = new AtomicLong(-1);
    private final AtomicLong descendantsAnonPeakKb = new AtomicLong(-1);
    private final AtomicLong totalAnonPeakKb = new AtomicLong(-1);

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

    long descendantsAnonPeakBytes() {
        sample();
        return descendantsAnonPeakKb.get() < 0 ? -1 : descendantsAnonPeakKb.get() * 1024;
    }

    long totalAnonPeakBytes() {
        sample();
        return totalAnonPeakKb.get() < 0 ? -1 : totalAnonPeakKb.get() * 1024;
    }

    /** A {@code kB} field of this JVM's /proc/self/status (VmHWM:, RssAnon: …) in bytes, -1 where there is none. */
    static long ownBytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return kb(line) * 1024;
                }
            }
        } catch (IOException e) {
            // no /proc: unknown
        }
        return -1;
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
            long own = -1;
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("RssAnon:")) {
                    own = kb(line);
                    anonPeakKb.accumulateAndGet(own, Math::max);
                } else if (line.startsWith("RssFile:")) {
                    filePeakKb.accumulateAndGet(kb(line), Math::max);
                }
            }
            long descendants = ProcessHandle.current().descendants().mapToLong(RssSampler::anonKb).sum();
            descendantsAnonPeakKb.accumulateAndGet(descendants, Math::max);
            totalAnonPeakKb.accumulateAndGet(own + descendants, Math::max);
        } catch (IOException e) {
            // /proc vanished: keep the peaks seen so far
        }
    }

    /** A process's anonymous resident memory in kB, 0 when it has ended meanwhile. */
    private static long anonKb(ProcessHandle process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("RssAnon:")) {
                    return kb(line);
                }
            }
        } catch (IOException e) {
            // ended between listing and reading
        }
        return 0;
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
