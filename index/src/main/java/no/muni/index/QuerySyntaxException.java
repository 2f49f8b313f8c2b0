package no.muni.index;

/**
 * The user's query or filter could not be used; the message quotes it and says why. {@code norwegian} says
 * the same in Norwegian (bokmål) for the web UI where the mistake is one a user makes in the search form;
 * null where only the English message exists.
 */
public final class QuerySyntaxException extends RuntimeException {

    private final String norwegian;

    public QuerySyntaxException(String message) {
        this(message, null);
    }

    public QuerySyntaxException(String message, String norwegian) {
        super(message);
        this.norwegian = norwegian;
    }

    /** The message in Norwegian, or null. */
    public String norwegian() {
        return norwegian;
    }
}
