package no.muni.parse.pdf;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document's typography is measured against: the body text size (the size most characters
 * are set in), the distance between the baselines of a paragraph's lines at that size, and the
 * right edge of the text column; and the sizes headings come in, largest first, for their levels.
 */
record LayoutMetrics(float bodySize, float bodyPitch, float rightEdge, List<Float> headingSizes) {

    LayoutMetrics {
        headingSizes = List.copyOf(headingSizes);
    }

    /** Line spacing a paragraph's lines keep; paragraphs are set further apart. */
    private static final float PARAGRAPH_GAP = 1.35f;

    static LayoutMetrics of(List<PdfPage> pages) {
        Map<Float, Integer> sizes = new HashMap<>();
        pages.stream().flatMap(p -> p.lines().stream()).flatMap(l -> l.chunks().stream())
                .forEach(c -> sizes.merge(c.size(), c.text().length(), Integer::sum));
        float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
        Map<Integer, Integer> gaps = new HashMap<>();
        float right = 0;
        for (PdfPage page : pages) {
            PdfLine previous = null;
            for (PdfLine line : page.lines()) {
                if (isBody(line, body)) {
                    right = Math.max(right, line.x1());
                    if (previous != null && line.y() > previous.y()) {
                        gaps.merge(Math.round((line.y() - previous.y()) * 2), 1, Integer::sum);
                    }
                    previous = line;
                } else {
                    previous = null;
                }
            }
        }
        float pitch = gaps.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 2f).filter(p -> p >= body && p <= 3 * body).orElse(1.2f * body);
        LayoutMetrics metrics = new LayoutMetrics(body, pitch, right, List.of());
        List<Float> headingSizes = pages.stream().flatMap(p -> p.lines().stream()).filter(metrics::prominent)
                .map(PdfLine::size).distinct().sorted(Comparator.reverseOrder()).toList();
        return new LayoutMetrics(body, pitch, right, headingSizes);
    }

    /** 1 for the largest heading size, 2 for the next, … */
    int headingLevel(float size) {
        int rank = headingSizes.indexOf(size);
        return Math.min(6, rank < 0 ? headingSizes.size() + 1 : rank + 1);
    }

    private static boolean isBody(PdfLine line, float body) {
        return Math.abs(line.size() - body) < 0.5f;
    }

    /** The baseline distance of a paragraph's lines at this size. */
    float pitch(float size) {
        return bodyPitch * size / bodySize;
    }

    /** The largest baseline distance between two lines of one paragraph at this size. */
    float maxLineGap(float size) {
        return PARAGRAPH_GAP * pitch(size);
    }

    /** Larger than the body or bold at body size: the look of a heading. */
    boolean prominent(PdfLine line) {
        return line.size() >= bodySize * 1.12f || (line.bold() && line.size() >= bodySize * 0.95f);
    }
}
