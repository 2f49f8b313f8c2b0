package no.muni.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * A SolrCloud collection reached through one of the cluster's nodes. Any node routes updates to the shard
 * leaders and fans queries out to the shards, so muni needs only a node's URL (several, comma-separated, are
 * tried in turn until one answers). The client is SolrJ's JDK HTTP client: SolrJ's Jetty client would meet
 * the web server's Jetty of another major version on muni's classpath. Every request has a deadline
 * ({@link DeadlineSolrClient}); one that misses it fails with a {@link SolrRequestTimeoutException}.
 */
public final class SolrCollection implements AutoCloseable {

    /** How long a request may take, its answer read, unless the caller says otherwise. */
    public static final Duration REQUEST_DEADLINE = Duration.ofMinutes(10);
    /** The JDK client's own timeout (for the response's headers) is a backstop behind the deadline. */
    private static final Duration BACKSTOP = Duration.ofMinutes(1);

    private final SolrClient client;
    private final String baseUrl;
    private final String name;

    private SolrCollection(SolrClient client, String baseUrl, String name) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.name = name;
    }

    /**
     * Connects to the first node of {@code solr} that answers: comma-separated node URLs
     * ({@code http://host:8983/solr}), or a ZooKeeper address ({@code host:2181/solr}) whose live nodes are
     * tried ({@link ZooKeeperNodes}). The collection need not exist yet.
     */
    public static SolrCollection connect(String solr, String collection) {
        return connect(solr, collection, REQUEST_DEADLINE);
    }

    /** As {@link #connect(String, String)}, with {@code deadline} for each request. */
    public static SolrCollection connect(String solr, String collection, Duration deadline) {
        if (collection == null || !collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("a collection name is letters, digits, '.', '_' and '-' (it was \""
                    + collection + "\")");
        }
        List<String> failures = new ArrayList<>();
        Exception last = null;
        List<String> urls = ZooKeeperNodes.isZooKeeper(solr) ? ZooKeeperNodes.liveNodes(solr) : List.of(solr.split(","));
        for (String url : urls) {
            String base = url.strip().replaceAll("/+$", "");
            if (!base.matches("https?://.+")) {
                throw new IllegalArgumentException("--solr takes the URL of a Solr node, e.g. http://localhost:8983/solr "
                        + "(several comma-separated); it was \"" + url.strip() + "\"");
            }
            long backstop = deadline.plus(BACKSTOP).toMillis();
            SolrClient client = new DeadlineSolrClient(() -> new HttpJdkSolrClient.Builder(base).useHttp1_1(true)
                    .withConnectionTimeout(10, TimeUnit.SECONDS).withRequestTimeout(backstop, TimeUnit.MILLISECONDS)
                    .build(), base, deadline);
            try {
                new CollectionAdminRequest.List().process(client);
                return new SolrCollection(client, base, collection);
            } catch (SolrServerException | IOException | RuntimeException e) {
                failures.add(base + ": " + message(e));
                last = e;
                closeQuietly(client);
            }
        }
        throw new SolrException("no SolrCloud node answers (" + String.join("; ", failures) + ")", last);
    }

    public String name() {
        return name;
    }

    /** The node this client talks to. */
    public String baseUrl() {
        return baseUrl;
    }

    SolrClient client() {
        return client;
    }

    public boolean exists() {
        try {
            return CollectionAdminRequest.listCollections(client).contains(name);
        } catch (SolrServerException | IOException e) {
            throw new SolrException("cannot list the collections at " + baseUrl + ": " + message(e), e);
        }
    }

    /**
     * Uploads muni's configset (replacing an older one) and creates the collection with {@code shards} shards of
     * {@code replicas} replicas. Documents are routed by their source file ({@code group}), so a file and its
     * attachments live on one shard and are replaced there together.
     */
    public void create(int shards, int replicas) {
        try {
            ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(SolrConfigset.zip(),
                    "muni-configset.zip", "application/zip");
            new ConfigSetAdminRequest.Upload().setConfigSetName(SolrConfigset.NAME).setUploadStream(zip)
                    .setOverwrite(true).setCleanup(true).process(client);
            CollectionAdminRequest.createCollection(name, SolrConfigset.NAME, shards, replicas)
                    .setRouterField("group").process(client);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot create the collection " + name + " at " + baseUrl + ": " + message(e), e);
        }
    }

    /** Makes every update so far visible to searches. */
    public void commit() {
        try {
            client.commit(name, true, true);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot commit the collection " + name + ": " + message(e), e);
        }
    }

    /** Sends an update request; {@code what} says what it does for the message of a failure. */
    void update(UpdateRequest request, String what) {
        try {
            request.process(client, name);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot " + what + " in the collection " + name + ": " + message(e), e);
        }
    }

    public QueryResponse query(SolrQuery query) {
        try {
            return client.query(name, query, org.apache.solr.client.solrj.SolrRequest.METHOD.POST);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("query to the collection " + name + " failed: " + message(e), e);
        }
    }

    /** Every document the query matches, in pages of {@code rows} through a cursor (sorted by id). */
    public void forEach(SolrQuery query, int rows, Consumer<SolrDocument> each) {
        SolrQuery q = query.getCopy();
        q.setRows(rows);
        q.setSort("id", SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = query(q);
            page.getResults().forEach(each);
            String next = page.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return;
            }
            cursor = next;
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
    }

    static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void closeQuietly(SolrClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // nothing is pending on a client being dropped
        }
    }
}
