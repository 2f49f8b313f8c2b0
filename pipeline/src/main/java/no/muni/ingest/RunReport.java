package no.muni.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did, written to {@code <index>/runs/<timestamp>.json} and printed at its end.
 * {@code stageMillis} sums worker time per stage; {@code wallMillis} is the run's elapsed time;
 * {@code slowest} lists the files that took longest (fingerprint to index), slowest first;
 * {@code skipped} the entries passed over on purpose (links out of the root …), each with its reason.
 */
public record RunReport(
        Instant startedAt,
        Instant finishedAt,
        long wallMillis,
        String pipelineVersion,
        List<String> roots,
        Counts counts,
        Ocr ocr,
        Map<String, Long> stageMillis,
        List<FileFailure> failures,
        List<FileFailure> warnings,
        List<FileFailure> skipped,
        List<FileTime> slowest) {

    public RunReport {
        roots = List.copyOf(roots);
        ocr = ocr == null ? Ocr.NONE : ocr; // absent in reports of older versions
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        skipped = skipped == null ? List.of() : List.copyOf(skipped); // absent in reports of older versions
        slowest = List.copyOf(slowest);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /**
     * {@code seen} files found: each is new, changed, unchanged, failed or skipped; {@code documents}
     * index documents written, embedded ones included.
     */
    public record Counts(long seen, long newFiles, long changed, long unchanged, long deleted, long failed,
                         long skipped, long documents) {
    }

    /**
     * Files with pages read by OCR, those pages, and the files' whole processing time, so
     * {@code millis / pages} is what a scanned page costs.
     */
    public record Ocr(long files, long pages, long millis) {
        static final Ocr NONE = new Ocr(0, 0, 0);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
