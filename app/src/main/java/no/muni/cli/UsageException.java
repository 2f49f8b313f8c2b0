package no.muni.cli;

/** A mistake in how muni was called (a missing folder, a malformed query): exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
