package no.muni.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A 2-node SolrCloud cluster with an embedded ZooKeeper (Solr's MiniSolrCloudCluster, module
 * muni-solr-cluster) in a child JVM on the classpath the build wrote, shared by the tests of this JVM and
 * stopped with it. Its log goes to {@code target/solr-cluster.log}.
 */
public final class SolrTestCluster {

    private static final String CLASSPATH_RESOURCE = "no/muni/solr/cluster/classpath.txt";
    private static final String MAIN = "no.muni.solr.cluster.TestCluster";
    private static final String READY = "MUNI-SOLR-CLUSTER";
    private static SolrTestCluster shared;

    public final String zkHost;
    public final List<String> urls;
    /** How long the cluster took to start, for the record. */
    public final long startMillis;

    private SolrTestCluster(String zkHost, List<String> urls, long startMillis) {
        this.zkHost = zkHost;
        this.urls = urls;
        this.startMillis = startMillis;
    }

    /** The node URLs as {@code --solr} takes them. */
    public String solr() {
        return String.join(",", urls);
    }

    public static synchronized SolrTestCluster shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static SolrTestCluster start() {
        long t0 = System.nanoTime();
        try {
            // under target/, and deleted when the cluster has stopped: each cluster leaves megabytes of cores
            Path base = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "muni-solr-cluster");
            Path log = Path.of("target", "solr-cluster.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", classpath(), MAIN, base.toString(), "2")
                    .redirectError(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop(process);
                delete(base);
            }));
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(READY)) {
                    String zk = field(line, "zkHost=");
                    List<String> urls = Arrays.asList(field(line, "urls=").split(","));
                    return new SolrTestCluster(zk, urls, (System.nanoTime() - t0) / 1_000_000);
                }
            }
            throw new IllegalStateException("the Solr test cluster ended before it was ready (exit "
                    + process.waitFor() + "); see " + log.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Solr test cluster", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the Solr test cluster", e);
        }
    }

    /** Closing its input tells the cluster to shut down; it is killed if it has not within 30 s. */
    private static void stop(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // left under target/, which the build cleans
        }
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name)) {
                return part.substring(name.length());
            }
        }
        throw new IllegalStateException("no " + name + " in " + line);
    }

    /** The launcher's own jar or class folder, then the dependencies the build listed in the resource. */
    private static String classpath() throws IOException {
        URL resource = SolrTestCluster.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " is not on the test classpath; build the "
                    + "muni-solr-cluster module first (mvn -pl solr -am test)");
        }
        String dependencies;
        try (var in = resource.openStream()) {
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String own;
        try {
            own = switch (resource.getProtocol()) {
                case "jar" -> Path.of(java.net.URI.create(resource.getPath().substring(0, resource.getPath().indexOf("!/"))))
                        .toString();
                case "file" -> {
                    Path file = Path.of(resource.toURI());
                    yield file.getRoot().resolve(file.subpath(0, file.getNameCount() - CLASSPATH_RESOURCE.split("/").length))
                            .toString();
                }
                default -> throw new IllegalStateException("cannot run the cluster from " + resource);
            };
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the cluster's classes from " + resource, e);
        }
        return own + java.io.File.pathSeparator + dependencies;
    }
}
