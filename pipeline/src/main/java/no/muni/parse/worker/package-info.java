/**
 * Parsing in child JVMs: a pool of worker processes, each with its own heap limit and its own
 * temporary folder, that parse (and OCR) one file at a time and are killed at the time limit, so a
 * hang, a memory bomb or a crash in a parser costs one file, not the run, and leaves no files behind.
 */
package no.muni.parse.worker;
