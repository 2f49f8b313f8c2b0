/**
 * The read-only HTTP API and web UI over an index (Javalin): search, documents, entity profiles,
 * measures, exports and the dashboard. Knows nothing of Tika or OpenNLP.
 */
package no.muni.serve;
