package no.muni.parse.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits each page into its running header, body and footer. A line belongs to the header or the
 * footer when it stands in the top or bottom band of the page and either recurs at the same height
 * on at least half the pages (page numbers and dates may change) or is set smaller than the body,
 * as letterhead footers are. The structure stage decides what furniture says; this only keeps it
 * out of the body's paragraphs and tables, in reading order.
 */
final class PageEdges {

    /** A page's three parts, top to bottom. */
    record Split(List<PdfLine> header, List<PdfLine> body, List<PdfLine> footer) {
    }

    private static final float TOP_BAND = 0.12f;
    private static final float BOTTOM_BAND = 0.85f;
    private static final float SMALL = 0.9f;

    private PageEdges() {
    }

    static List<Split> split(List<PdfPage> pages, LayoutMetrics metrics) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                pagesByKey.computeIfAbsent(key(line), k -> new HashSet<>()).add(page.number());
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        List<Split> splits = new ArrayList<>();
        for (PdfPage page : pages) {
            List<PdfLine> lines = page.lines();
            int top = 0;
            while (top < lines.size() && isEdge(lines.get(top), page, pagesByKey, needed, metrics, true)) {
                top++;
            }
            int bottom = lines.size();
            while (bottom > top && isEdge(lines.get(bottom - 1), page, pagesByKey, needed, metrics, false)) {
                bottom--;
            }
            splits.add(new Split(lines.subList(0, top), lines.subList(top, bottom), lines.subList(bottom, lines.size())));
        }
        return splits;
    }

    private static boolean isEdge(PdfLine line, PdfPage page, Map<String, Set<Integer>> pagesByKey, int needed,
            LayoutMetrics metrics, boolean top) {
        boolean inBand = top ? line.y() < TOP_BAND * page.height() : line.y() > BOTTOM_BAND * page.height();
        if (!inBand) {
            return false;
        }
        return pagesByKey.get(key(line)).size() >= needed || line.size() < SMALL * metrics.bodySize();
    }

    /** The line's text with digits masked, and its height on the page to the nearest few points. */
    private static String key(PdfLine line) {
        return Math.round(line.y() / 4) + ":" + line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }
}
