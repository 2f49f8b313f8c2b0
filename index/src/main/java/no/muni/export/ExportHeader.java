package no.muni.export;

import java.time.Instant;

/**
 * Where an export comes from: the index's last run. {@code generatedAt} is that run's end, not the
 * time of exporting, so the same index always exports the same bytes. All null for an index without
 * a finished run.
 */
public record ExportHeader(Instant generatedAt, String pipelineVersion, String indexRun) {

    public static final ExportHeader NONE = new ExportHeader(null, null, null);
}
