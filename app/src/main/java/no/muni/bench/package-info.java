/**
 * Benchmarks behind {@code muni bench} and {@code muni bench-tag}: throughput and memory of full
 * ingests in child JVMs on synthetic corpora, and the tagger's throughput; figures go to the README's tables.
 */
package no.muni.bench;
