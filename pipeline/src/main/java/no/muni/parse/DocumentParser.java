package no.muni.parse;

import java.nio.file.Path;

/**
 * The parse stage: a file's bytes in, blocks out. Implementations are thread-safe. A parser that
 * holds processes ({@code worker.IsolatedParser}) ends them on {@link #close()}.
 */
public interface DocumentParser extends AutoCloseable {

    ParseResult parse(Path file) throws ParseFailure;

    @Override
    default void close() {
    }
}
