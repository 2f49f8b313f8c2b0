package no.muni.serve;

/** The server cannot start, e.g. the port is taken; the message says which. */
public final class ServeException extends RuntimeException {
    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
