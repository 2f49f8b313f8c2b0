package no.muni.parse;

import java.util.List;

/** A source file's parse: the file's own part first, then its embedded documents in document order. */
public record ParseResult(ParsedPart container, List<ParsedPart> embedded, List<String> warnings) {
    public ParseResult {
        embedded = List.copyOf(embedded);
        warnings = List.copyOf(warnings);
    }
}
