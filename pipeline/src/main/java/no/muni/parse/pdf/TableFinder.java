package no.muni.parse.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds tables among a page's body lines by column alignment: consecutive lines whose chunks stand
 * in the same columns, where no chunk reaches across from one column into the next. Running text
 * spans the column gaps and so ends a table; a line with a hanging list label is a list item, not a
 * row. A table needs at least two lines with two or more cells; single-cell lines inside it are the
 * wrapped lines of a cell. Text set in columns aligns just the same, but its sentences run on from
 * one "row" to the next; such a page part is read column by column instead.
 */
final class TableFinder {

    /** Consecutive lines of a page: running text, or a table with its columns left to right. */
    sealed interface Region permits Text, Grid {
    }

    record Text(List<PdfLine> lines) implements Region {
    }

    record Grid(List<PdfLine> lines, List<Column> columns) implements Region {
    }

    /** Rows further apart than this many line pitches are not one table. */
    private static final float MAX_ROW_GAP = 3f;
    private static final int MIN_ROWS = 2;
    private static final int MIN_FLOWING_ROWS = 4;
    private static final float FLOWING_SHARE = 0.3f;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]$");

    private TableFinder() {
    }

    static List<Region> regions(List<PdfLine> lines, LayoutMetrics metrics) {
        List<Region> regions = new ArrayList<>();
        List<PdfLine> text = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<Grid> grid = isRow(lines.get(i)) ? grow(lines, i, metrics) : Optional.empty();
            if (grid.isPresent()) {
                if (!text.isEmpty()) {
                    regions.add(new Text(List.copyOf(text)));
                    text.clear();
                }
                if (isTextColumns(grid.get())) {
                    columnByColumn(grid.get()).forEach(regions::add);
                } else {
                    regions.add(grid.get());
                }
                i += grid.get().lines().size();
            } else {
                text.add(lines.get(i++));
            }
        }
        if (!text.isEmpty()) {
            regions.add(new Text(List.copyOf(text)));
        }
        return regions;
    }

    /**
     * Running text in columns: at a good share of the row boundaries some column goes on in
     * lowercase or after a hyphen, which a table's cells do not.
     */
    private static boolean isTextColumns(Grid grid) {
        List<List<PdfLine>> rows = TableBuilder.rows(grid);
        if (rows.size() < MIN_FLOWING_ROWS) {
            return false;
        }
        int flowing = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<PdfLine> above = rows.get(r - 1);
            PdfLine first = rows.get(r).getFirst();
            for (Column column : grid.columns()) {
                Optional<PdfChunk> next = first.chunks().stream().filter(column::overlaps).findFirst();
                Optional<PdfChunk> last = above.getLast().chunks().stream().filter(column::overlaps).findFirst();
                if (next.isPresent() && last.isPresent() && runsOn(last.get().text(), next.get().text())) {
                    flowing++;
                    break;
                }
            }
        }
        return flowing >= FLOWING_SHARE * (rows.size() - 1);
    }

    private static boolean runsOn(String above, String next) {
        return above.endsWith("-") || (!above.isEmpty() && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))
                && !SENTENCE_END.matcher(above).find());
    }

    private static List<Text> columnByColumn(Grid grid) {
        List<Text> columns = new ArrayList<>();
        for (Column column : grid.columns()) {
            List<PdfLine> lines = new ArrayList<>();
            for (PdfLine line : grid.lines()) {
                List<PdfChunk> chunks = line.chunks().stream().filter(column::overlaps).toList();
                if (!chunks.isEmpty()) {
                    lines.add(line.withChunks(chunks));
                }
            }
            columns.add(new Text(List.copyOf(lines)));
        }
        return columns;
    }

    private static boolean isRow(PdfLine line) {
        return line.chunks().size() > 2 || (line.chunks().size() == 2 && LineLabel.of(line).map(l -> false).orElse(true));
    }

    /** The longest table starting at {@code start}, if it has enough rows. */
    private static Optional<Grid> grow(List<PdfLine> lines, int start, LayoutMetrics metrics) {
        List<Column> columns = new ArrayList<>();
        lines.get(start).chunks().forEach(c -> columns.add(new Column(c.x0(), c.x1())));
        int rows = 1;
        int end = start + 1;
        for (; end < lines.size(); end++) {
            PdfLine line = lines.get(end);
            PdfLine previous = lines.get(end - 1);
            float gap = line.y() - previous.y();
            if (gap <= 0 || gap > MAX_ROW_GAP * metrics.pitch(line.size())) {
                break;
            }
            List<Column> widened = fit(line, columns);
            if (widened == null) {
                break;
            }
            if (line.chunks().size() == 1) {
                // A lone line in the first column is a wrapped cell line only right below the line before.
                boolean firstColumn = columns.getFirst().overlaps(line.chunks().getFirst());
                if (firstColumn && gap > metrics.maxLineGap(line.size())) {
                    break;
                }
            } else if (isRow(line)) {
                rows++;
            } else {
                break;
            }
            columns.clear();
            columns.addAll(widened);
        }
        if (rows < MIN_ROWS || columns.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Grid(List.copyOf(lines.subList(start, end)), List.copyOf(columns)));
    }

    /** The columns widened by the line's chunks, or null when a chunk would join two columns. */
    private static List<Column> fit(PdfLine line, List<Column> columns) {
        List<Column> widened = new ArrayList<>(columns);
        for (PdfChunk chunk : line.chunks()) {
            List<Integer> hit = new ArrayList<>();
            for (int k = 0; k < widened.size(); k++) {
                if (widened.get(k).overlaps(chunk)) {
                    hit.add(k);
                }
            }
            if (hit.size() > 1) {
                return null;
            }
            if (hit.isEmpty()) {
                widened.add(new Column(chunk.x0(), chunk.x1()));
            } else {
                widened.set(hit.getFirst(), widened.get(hit.getFirst()).including(chunk));
            }
        }
        widened.sort(Comparator.comparingDouble(Column::x0));
        for (int k = 1; k < widened.size(); k++) {
            if (widened.get(k).x0() < widened.get(k - 1).x1()) {
                return null;
            }
        }
        return widened;
    }
}
