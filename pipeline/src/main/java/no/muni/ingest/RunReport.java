package no.muni.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run did, written to {@code <index>/runs/<timestamp>.json} and printed at its end.
 * {@code stageMillis} sums worker time per stage; {@code wallMillis} is the run's elapsed time;
 * {@code slowest} lists the files that took longest (fingerprint to index), slowest first.
 */
public record RunReport(
        Instant startedAt,
        Instant finishedAt,
        long wallMillis,
        String pipelineVersion,
        List<String> roots,
        Counts counts,
        Map<String, Long> stageMillis,
        List<FileFailure> failures,
        List<FileFailure> warnings,
        List<FileTime> slowest) {

    public RunReport {
        roots = List.copyOf(roots);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        slowest = List.copyOf(slowest);
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
    }

    /** {@code seen} files found; {@code documents} index documents written, embedded ones included. */
    public record Counts(long seen, long newFiles, long changed, long unchanged, long deleted, long failed,
                         long documents) {
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
