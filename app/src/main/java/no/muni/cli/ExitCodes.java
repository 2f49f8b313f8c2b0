package no.muni.cli;

/** Exit codes of every muni command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FATAL = 1;
    public static final int USAGE = 2;
    public static final int SOME_FAILED = 3;
    public static final int LOCKED = 4;

    private ExitCodes() {
    }
}
