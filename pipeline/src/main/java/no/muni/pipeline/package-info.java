/**
 * One file through parse → structure → tag under a time limit, assembled into the export documents
 * the index stores; stage timings and the pipeline version.
 */
package no.muni.pipeline;
