package no.muni.solr;

import java.time.Duration;

import org.apache.solr.client.solrj.SolrServerException;

/** A request to Solr that had no complete answer within its deadline, and was abandoned. */
public final class SolrRequestTimeoutException extends SolrServerException {

    private final String url;
    private final Duration deadline;

    SolrRequestTimeoutException(String url, Duration deadline) {
        super("no answer from " + url + " within " + seconds(deadline) + " (the request was abandoned)");
        this.url = url;
        this.deadline = deadline;
    }

    /** Where the request went. */
    public String url() {
        return url;
    }

    public Duration deadline() {
        return deadline;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
