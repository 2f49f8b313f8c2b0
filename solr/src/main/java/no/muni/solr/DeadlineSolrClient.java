package no.muni.solr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.util.NamedList;

/**
 * A Solr client with a deadline for each request, answer read included. The JDK HTTP client's own request
 * timeout is kept by its selector thread and covers the wait for the response's headers only; with that
 * thread gone a request waited for ever (one run of {@code SolrTestDocumentsTest} in five: both workers
 * blocked sending updates, no connection open). Here each request runs on a thread of its own while the
 * caller waits until the deadline; then the thread is interrupted, which cancels the HTTP exchange or the
 * read of its body, the request fails with a {@link SolrRequestTimeoutException} naming its URL and the
 * deadline, and the client is replaced by a new one, since a client whose selector thread is gone does not
 * answer again. Every request muni sends goes through {@link #request}: queries, updates, commits,
 * real-time gets and collection admin.
 */
final class DeadlineSolrClient extends SolrClient {

    private final Supplier<SolrClient> clients;
    private final String baseUrl;
    private final Duration deadline;
    private final ExecutorService requests = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "muni-solr-request");
        t.setDaemon(true);
        return t;
    });
    private volatile SolrClient client;

    /** {@code clients} makes the client requests are sent with, again after one missed a deadline. */
    DeadlineSolrClient(Supplier<SolrClient> clients, String baseUrl, Duration deadline) {
        this.clients = clients;
        this.baseUrl = baseUrl;
        this.deadline = deadline;
        this.client = clients.get();
    }

    @Override
    public NamedList<Object> request(SolrRequest<?> request, String collection) throws SolrServerException, IOException {
        SolrClient sender = client;
        Future<NamedList<Object>> answer = requests.submit(() -> sender.request(request, collection));
        try {
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            replace(sender);
            throw new SolrRequestTimeoutException(url(request, collection), deadline);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + url(request, collection));
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** The request's failure as SolrJ's callers expect it. */
    private static SolrServerException rethrown(Throwable cause) throws IOException {
        if (cause instanceof SolrServerException s) {
            return s;
        }
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new SolrServerException(cause);
    }

    /** A new client for the next requests; the old one is closed in the background, as its close may wait too. */
    private synchronized void replace(SolrClient stuck) {
        if (client != stuck) {
            return; // replaced already by another request that missed its deadline
        }
        client = clients.get();
        Thread closer = new Thread(() -> SolrCollection.closeQuietly(stuck), "muni-solr-close");
        closer.setDaemon(true);
        closer.start();
    }

    private String url(SolrRequest<?> request, String collection) {
        return baseUrl + (collection == null ? "" : "/" + collection) + request.getPath();
    }

    @Override
    public void close() {
        requests.shutdownNow();
        SolrCollection.closeQuietly(client);
    }
}
