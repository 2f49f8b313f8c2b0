package no.muni.solr;

/** Solr could not be reached or refused a request; the message names the node or collection and what failed. */
public final class SolrException extends RuntimeException {

    public SolrException(String message, Throwable cause) {
        super(message, cause);
    }

    public SolrException(String message) {
        super(message);
    }
}
