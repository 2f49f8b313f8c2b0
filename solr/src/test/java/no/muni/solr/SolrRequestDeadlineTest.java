package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Solr node that accepts connections and never answers (a real socket that reads nothing and writes
 * nothing): a request to it fails at its deadline with a {@link SolrRequestTimeoutException} naming the URL and
 * the deadline, instead of waiting for the JDK client's own timeout (or for ever, when that client's selector
 * thread is gone), and the next request goes out on a new client.
 */
class SolrRequestDeadlineTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    /** Far below the JDK client's own timeout behind the deadline (a minute more): only the deadline can end it. */
    private static final Duration PATIENCE = Duration.ofSeconds(40);

    private ServerSocket silent;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private String url;

    @BeforeEach
    void silentNode() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + silent.getLocalPort() + "/solr";
        Thread.ofPlatform().daemon().name("silent-node").start(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept());
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    @Test
    void connectingToANodeThatNeverAnswersFailsAtTheDeadline() {
        SolrException e = assertTimeoutPreemptively(PATIENCE, () -> assertThrows(SolrException.class,
                () -> SolrCollection.connect(url, "muni", DEADLINE)));
        SolrRequestTimeoutException timeout = assertInstanceOf(SolrRequestTimeoutException.class, e.getCause(),
                e.toString());
        assertEquals(url + "/admin/collections", timeout.url());
        assertEquals(DEADLINE, timeout.deadline());
        assertTrue(e.getMessage().contains("no answer from " + url + "/admin/collections within 2 s"), e.getMessage());
        assertFalse(accepted.isEmpty(), "the request reached the node");
    }

    @Test
    void aRequestPastItsDeadlineIsAbandonedAndTheNextGoesOutOnANewClient() throws Exception {
        AtomicInteger clients = new AtomicInteger();
        try (DeadlineSolrClient client = new DeadlineSolrClient(() -> {
            clients.incrementAndGet();
            return new HttpJdkSolrClient.Builder(url).useHttp1_1(true).withRequestTimeout(5, TimeUnit.MINUTES).build();
        }, url, DEADLINE)) {
            for (int request = 1; request <= 2; request++) {
                SolrRequestTimeoutException timeout = assertTimeoutPreemptively(PATIENCE, () -> assertThrows(
                        SolrRequestTimeoutException.class,
                        () -> new QueryRequest(new SolrQuery("*:*")).process(client, "muni")));
                assertEquals(url + "/muni/select", timeout.url());
                assertEquals(1 + request, clients.get(), "a new client after request " + request);
            }
        }
        assertTrue(accepted.size() >= 2, "each request reached the node, on a connection of its own");
    }
}
