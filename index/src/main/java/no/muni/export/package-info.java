/**
 * Streaming exports of an index in the export contract (json, ndjson) and the dashboard aggregates,
 * for {@code muni export} and the HTTP API alike.
 */
package no.muni.export;
