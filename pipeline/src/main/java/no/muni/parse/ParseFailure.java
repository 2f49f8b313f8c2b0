package no.muni.parse;

/** A source file that could not be parsed, with a reason a user can act on ("encrypted", "corrupt PDF…"). */
public final class ParseFailure extends Exception {
    public ParseFailure(String reason) {
        super(reason);
    }

    public ParseFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    public String reason() {
        return getMessage();
    }
}
