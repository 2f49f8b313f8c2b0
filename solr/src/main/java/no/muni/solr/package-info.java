/**
 * SolrCloud as muni's index when one machine is not enough: the configset ({@link no.muni.solr.SolrConfigset}),
 * the collection ({@link no.muni.solr.SolrCollection}), the sink partitioned ingest workers write through
 * ({@link no.muni.solr.SolrDestination}), and the read side. Only SolrJ over HTTP: Solr's own Lucene never
 * enters muni's JVM.
 */
package no.muni.solr;
