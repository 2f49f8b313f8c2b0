package no.muni.index;

/** The index cannot be opened, read or written; the message says what to do about it. */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public IndexException(String message) {
        super(message);
    }
}
