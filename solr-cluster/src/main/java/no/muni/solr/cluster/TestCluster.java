package no.muni.solr.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * Starts Solr's MiniSolrCloudCluster (embedded ZooKeeper, N Jetty nodes on free loopback ports) under a
 * base folder, prints one line {@code MUNI-SOLR-CLUSTER zkHost=HOST:PORT/solr urls=URL,URL} when every
 * node is up, and shuts the cluster down when its standard input closes — so the cluster ends with the
 * test JVM that started it, even when that JVM is killed.
 *
 * <p>Usage: {@code java -cp CLASSPATH no.muni.solr.cluster.TestCluster BASE_DIR [NODES]}
 */
public final class TestCluster {

    /** The prefix of the line the parent waits for. */
    public static final String READY = "MUNI-SOLR-CLUSTER";

    private TestCluster() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: TestCluster BASE_DIR [NODES]");
            System.exit(2);
        }
        Path base = Path.of(args[0]);
        int nodes = args.length == 2 ? Integer.parseInt(args[1]) : 2;
        Files.createDirectories(base);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base).build();
        try {
            String urls = cluster.getJettySolrRunners().stream().map(JettySolrRunner::getBaseUrl)
                    .map(Object::toString).collect(Collectors.joining(","));
            System.out.println(READY + " zkHost=" + cluster.getZkServer().getZkAddress() + " urls=" + urls);
            System.out.flush();
            waitForEndOfInput(System.in);
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // the parent writes nothing; end of input means it is gone or done
            }
        } catch (IOException e) {
            // a broken pipe is the parent's end too
        }
    }
}
