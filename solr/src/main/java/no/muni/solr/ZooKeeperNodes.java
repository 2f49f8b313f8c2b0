package no.muni.solr;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.util.URLUtil;

/**
 * The live nodes of a SolrCloud cluster, read from its ZooKeeper ({@code host:2181,host2:2181/solr}). muni then
 * talks to a node over HTTP like to a node given by URL: SolrJ's ZooKeeper-aware client ({@code CloudHttp2SolrClient})
 * sends updates straight to the shard leaders, but only through SolrJ's Jetty 10 client, which cannot share muni's
 * classpath with the web server's Jetty 11.
 */
final class ZooKeeperNodes {

    private static final int TIMEOUT_SECONDS = 15;

    private ZooKeeperNodes() {
    }

    /** True when {@code --solr} names a ZooKeeper ensemble rather than node URLs. */
    static boolean isZooKeeper(String solr) {
        return !solr.strip().matches("(?s)https?://.*");
    }

    /** The base URLs ({@code http://host:8983/solr}) of the live nodes, in a stable order. */
    static List<String> liveNodes(String zkHost) {
        if (!zkHost.strip().matches("[^\\s/,]+:\\d+(,[^\\s/,]+:\\d+)*(/\\S*)?")) {
            throw new IllegalArgumentException("--solr takes a Solr node's URL (http://host:8983/solr) or a ZooKeeper "
                    + "address (host:2181, several comma-separated, optionally with a chroot: host:2181/solr); it was \""
                    + zkHost.strip() + "\"");
        }
        try (ZkClientClusterStateProvider zk = new ZkClientClusterStateProvider(zkHost.strip())) {
            zk.setZkConnectTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            zk.setZkClientTimeout((int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
            String scheme = zk.getClusterProperty("urlScheme", "http");
            List<String> urls = zk.getLiveNodes().stream().sorted().map(node -> URLUtil.getBaseUrlForNodeName(node, scheme))
                    .toList();
            if (urls.isEmpty()) {
                throw new SolrException("the SolrCloud cluster of ZooKeeper " + zkHost.strip() + " has no live nodes");
            }
            return urls;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SolrException s) {
                throw s;
            }
            throw new SolrException("cannot read the live Solr nodes from ZooKeeper " + zkHost.strip() + ": "
                    + SolrCollection.message(e), e);
        }
    }
}
