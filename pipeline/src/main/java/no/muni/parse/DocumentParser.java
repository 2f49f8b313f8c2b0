package no.muni.parse;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The parse stage: a file's bytes in, blocks out. Implementations are thread-safe. A parser that
 * holds processes ({@code worker.IsolatedParser}) ends them on {@link #close()}.
 */
public interface DocumentParser extends AutoCloseable {

    ParseResult parse(Path file) throws ParseFailure;

    /**
     * True when {@link #parse} ends itself at the time limit of its {@link ParseLimits} (by killing the
     * process it parses in), so the caller need not, and must not count what the parser does before the
     * parse (starting a process) against the file. False for parsers in the caller's JVM, which cannot be
     * stopped and need a thread the caller can give up on.
     */
    default boolean stopsAtTimeLimit() {
        return false;
    }

    /**
     * How much of this thread's last {@link #parse} went into getting ready (starting a parser process)
     * rather than into the file: the caller does not charge it to the file's time limit.
     */
    default Duration startupOfLastParse() {
        return Duration.ZERO;
    }

    @Override
    default void close() {
    }
}
