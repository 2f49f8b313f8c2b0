package no.muni.cli;

import picocli.CommandLine.Option;

import no.muni.solr.SolrCollection;
import no.muni.solr.SolrException;

/** {@code --solr ZK_HOST_OR_URL --collection NAME}: a SolrCloud collection instead of the embedded index. */
final class SolrOption {

    @Option(names = "--solr", paramLabel = "ZK_HOST_OR_URL",
            description = "A SolrCloud cluster: its ZooKeeper, e.g. zk1:2181,zk2:2181/solr (its live nodes are used), "
                    + "or a node, e.g. http://localhost:8983/solr (several comma-separated: the first that answers); "
                    + "use the collection named by --collection instead of the embedded index.")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", description = "The SolrCloud collection (with --solr).")
    String collection;

    boolean given() {
        if ((solr == null) != (collection == null)) {
            throw new UsageException("--solr and --collection go together: give both, or neither for the embedded index");
        }
        return solr != null;
    }

    /** Connects to a collection that must exist (else exit 1, saying how to create it); the caller closes. */
    SolrCollection connectExisting() {
        SolrCollection connected = connect();
        if (!connected.exists()) {
            connected.close();
            throw new SolrException("no collection " + collection + " at " + connected.baseUrl() + "; create it with `muni "
                    + "solr-init --solr " + connected.baseUrl() + " --collection " + collection + "` and ingest into it");
        }
        return connected;
    }

    /** Connects; the caller closes. */
    SolrCollection connect() {
        try {
            return SolrCollection.connect(solr, collection);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
