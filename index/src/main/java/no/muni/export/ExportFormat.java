package no.muni.export;

/**
 * {@code JSON}: one object with the header, {@code documents} and {@code aggregates}
 * (docs/schema/export.schema.json). {@code AGGREGATES}: the same object without {@code documents},
 * for dashboards. {@code NDJSON}: one document per line and nothing else
 * (docs/schema/export-ndjson-line.schema.json), for loading into tools line by line.
 */
public enum ExportFormat {
    JSON, NDJSON, AGGREGATES
}
