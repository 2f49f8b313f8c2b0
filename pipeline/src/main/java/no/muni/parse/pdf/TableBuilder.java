package no.muni.parse.pdf;

import java.util.ArrayList;
import java.util.List;

import no.muni.model.Block;
import no.muni.model.Table;

/**
 * Reads a table found by {@link TableFinder} into rows of cells. Rows are told apart by the extra
 * space (cell padding, rules) between them; in a table set without it, a row starts wherever the
 * first column has text that does not go on in lowercase. Each cell's lines are read into blocks
 * like running text, within the column's width.
 */
final class TableBuilder {

    /** Baseline distances this much above the closest one in the table separate rows. */
    private static final float ROW_GAP = 1.3f;

    private TableBuilder() {
    }

    static Table build(TableFinder.Grid grid, LayoutMetrics metrics) {
        return new Table(rows(grid).stream().map(row -> row(row, grid.columns(), metrics)).toList());
    }

    /** The grid's lines grouped by row. */
    static List<List<PdfLine>> rows(TableFinder.Grid grid) {
        List<PdfLine> lines = grid.lines();
        float lineGap = Float.MAX_VALUE;
        for (int i = 1; i < lines.size(); i++) {
            lineGap = Math.min(lineGap, lines.get(i).y() - lines.get(i - 1).y());
        }
        boolean padded = false;
        for (int i = 1; i < lines.size(); i++) {
            padded |= lines.get(i).y() - lines.get(i - 1).y() > ROW_GAP * lineGap;
        }
        List<List<PdfLine>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean starts = i == 0 || (padded ? line.y() - lines.get(i - 1).y() > ROW_GAP * lineGap
                    : opensRow(line, grid.columns().getFirst()));
            if (starts) {
                rows.add(new ArrayList<>());
            }
            rows.getLast().add(line);
        }
        return rows;
    }

    private static boolean opensRow(PdfLine line, Column first) {
        return line.chunks().stream().filter(first::overlaps).findFirst()
                .map(c -> !Character.isLowerCase(c.text().codePointAt(0))).orElse(false);
    }

    private static Table.Row row(List<PdfLine> lines, List<Column> columns, LayoutMetrics metrics) {
        List<Table.Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            BlockAssembler cell = new BlockAssembler(metrics, column.x1(), false);
            for (PdfLine line : lines) {
                List<PdfChunk> inColumn = line.chunks().stream().filter(column::overlaps).toList();
                if (!inColumn.isEmpty()) {
                    cell.line(line.withChunks(inColumn));
                }
            }
            List<Block> blocks = cell.finish();
            cells.add(new Table.Cell(blocks));
        }
        return new Table.Row(cells);
    }
}
