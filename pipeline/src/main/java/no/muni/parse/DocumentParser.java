package no.muni.parse;

import java.nio.file.Path;

/** The parse stage: a file's bytes in, blocks out. Implementations are thread-safe. */
public interface DocumentParser {

    ParseResult parse(Path file) throws ParseFailure;
}
