package no.muni.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run has done so far, counted from every worker thread at once; at the end it becomes the
 * {@link RunReport}. Every file seen lands in exactly one of new, changed, unchanged or failed.
 */
final class RunTally {

    private final AtomicLong seen = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong ocrFiles = new AtomicLong();
    private final AtomicLong ocrPages = new AtomicLong();
    private final AtomicLong ocrMillis = new AtomicLong();
    private final List<FileFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<FileFailure> warnings = Collections.synchronizedList(new ArrayList<>());
    private final List<FileFailure> skipped = Collections.synchronizedList(new ArrayList<>());
    private final SlowestFiles slowest = new SlowestFiles(10);

    void seen() {
        seen.incrementAndGet();
    }

    void deleted() {
        deleted.incrementAndGet();
    }

    /** One file's outcome; {@code reason} says why it failed (null otherwise). */
    void done(SourceFile file, Change change, String reason, long millis) {
        slowest.record(file.path().toString(), millis);
        switch (change) {
            case NEW -> created.incrementAndGet();
            case CHANGED -> changed.incrementAndGet();
            case UNCHANGED -> unchanged.incrementAndGet();
            case FAILED -> failures.add(new FileFailure(file.path().toString(), reason));
            case DELETED -> deleted.incrementAndGet();
        }
    }

    void documentsWritten(int n) {
        documents.addAndGet(n);
    }

    /** A file with {@code pages} pages read by OCR, which took {@code millis} in all. */
    void ocr(int pages, long millis) {
        ocrFiles.incrementAndGet();
        ocrPages.addAndGet(pages);
        ocrMillis.addAndGet(millis);
    }

    /** A problem that did not cost the file (an embedded part skipped, text truncated …). */
    void warning(String path, String message) {
        warnings.add(new FileFailure(path, message));
    }

    /** A folder or root that could not be processed as a whole; it is not a file seen. */
    void failure(FileFailure failure) {
        failures.add(failure);
    }

    /** A file seen but not processed on purpose (a link out of its root), with the reason. */
    void skipped(FileFailure file) {
        skipped.add(file);
    }

    RunReport report(Instant started, long wallMillis, String version, List<String> roots,
                     Map<String, Long> stageMillis) {
        List<FileFailure> sortedFailures = sorted(failures);
        return new RunReport(started, Instant.now(), wallMillis, version, roots,
                new RunReport.Counts(seen.get(), created.get(), changed.get(), unchanged.get(), deleted.get(),
                        sortedFailures.size(), skipped.size(), documents.get()),
                new RunReport.Ocr(ocrFiles.get(), ocrPages.get(), ocrMillis.get()),
                stageMillis, sortedFailures, sorted(warnings), sorted(skipped), slowest.slowestFirst());
    }

    private static List<FileFailure> sorted(List<FileFailure> list) {
        synchronized (list) {
            List<FileFailure> copy = new ArrayList<>(list);
            copy.sort(Comparator.comparing(FileFailure::path));
            return copy;
        }
    }
}
