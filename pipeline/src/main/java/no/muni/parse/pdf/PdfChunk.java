package no.muni.parse.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stretch of a line with no gap wider than a word space: a line of running text, a hanging list
 * label, or a table cell's line. {@code firstWordEnd} is where its first word ends, to tell whether
 * that word would have fitted on the line above.
 */
record PdfChunk(float x0, float x1, float size, float firstWordEnd, List<PdfRun> runs) {
    PdfChunk {
        runs = List.copyOf(runs);
    }

    String text() {
        return runs.stream().map(PdfRun::text).collect(Collectors.joining()).strip();
    }

    /** True when every visible character is bold. */
    boolean bold() {
        return runs.stream().allMatch(r -> r.bold() || r.text().isBlank());
    }

    float firstWordWidth() {
        return firstWordEnd - x0;
    }
}
