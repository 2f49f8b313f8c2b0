package no.muni.index;

/** The user's query could not be parsed; the message quotes it and says why. */
public final class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message);
    }
}
