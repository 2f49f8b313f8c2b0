/**
 * A small SolrCloud cluster for muni's tests, run in a JVM of its own: Solr 9 carries Lucene 9, muni
 * Lucene 10. {@link no.muni.solr.cluster.TestCluster} is the child JVM's main class; the build writes the
 * classpath it needs to {@code no/muni/solr/cluster/classpath.txt} beside it.
 */
package no.muni.solr.cluster;
