/**
 * The {@code muni} command line (picocli): wires the pipeline, the index and the server together
 * for ingest, search, lookups, export and serve.
 */
package no.muni.cli;
