package no.muni.parse;

import java.time.Duration;

/**
 * Bounds on one source document's parse, so a hostile or broken file (zip bomb, looping PDF,
 * huge spreadsheet) ends with a reason instead of a hang or an out-of-memory error.
 *
 * @param timeout       wall time for parsing one file, embedded documents included
 * @param maxFileBytes  larger files are not parsed at all
 * @param maxTextChars  text extracted from one file, embedded documents included
 * @param maxDepth      nesting depth of embedded documents (archive in archive in mail…)
 * @param maxEmbedded   number of embedded documents in one file
 */
public record ParseLimits(Duration timeout, long maxFileBytes, int maxTextChars, int maxDepth, int maxEmbedded) {

    public static ParseLimits defaults() {
        return new ParseLimits(Duration.ofSeconds(60), 200L * 1024 * 1024, 20_000_000, 3, 1_000);
    }

    public ParseLimits withTimeout(Duration t) {
        return new ParseLimits(t, maxFileBytes, maxTextChars, maxDepth, maxEmbedded);
    }

    public ParseLimits withMaxFileBytes(long b) {
        return new ParseLimits(timeout, b, maxTextChars, maxDepth, maxEmbedded);
    }
}
