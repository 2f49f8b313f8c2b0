/**
 * Writes the PDF, DOCX and HTML files municipalities publish from plain-text seed transcriptions:
 * the sample corpus in corpus/ and the synthetic corpora of {@code muni synth} and the benchmarks.
 */
package no.muni.corpus;
