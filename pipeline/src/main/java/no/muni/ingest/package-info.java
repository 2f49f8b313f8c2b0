/**
 * An ingest run: discovers the files of a root, compares them with the index, processes the new and
 * changed ones on worker threads, commits, and reports every file indexed or failed with its reason.
 */
package no.muni.ingest;
