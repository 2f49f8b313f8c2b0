/**
 * The Lucene index on disk: schema and Norwegian analysis, writing export documents, search with
 * facets and highlighting, and entity lookups. Knows nothing of Tika or OpenNLP.
 */
package no.muni.index;
