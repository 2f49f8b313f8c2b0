package no.muni.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;

/**
 * Restores tables in plain-text transcriptions, where each row is one line with its cells
 * separated by tabs (what copying a Word or web table as text gives). Cell content may still be
 * HTML; {@link CellMarkup} reads it. Rows whose leading cells are empty — continuation rows of a
 * table split across pages — often lose their leading tabs when lines are trimmed, so short rows
 * are aligned to the right and a line that is only cell markup counts as a row of one cell.
 */
public final class TranscribedTables {
    private static final Pattern CELL_MARKUP_ONLY = Pattern.compile("^<(?:ul|ol|li|p)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MIN_ROWS = 2;

    private TranscribedTables() {
    }

    /** The blocks with every run of tab-separated lines (two rows or more) replaced by a table. */
    public static List<Block> restore(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        List<String> rowLines = new ArrayList<>();
        List<Block> run = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph p && isRowText(p.text(), !rowLines.isEmpty())) {
                rowLines.addAll(p.text().lines().filter(l -> !l.isBlank()).toList());
                run.add(block);
            } else if (block instanceof PageBreak && !rowLines.isEmpty()) {
                run.add(block);
            } else {
                flush(rowLines, run, out);
                out.add(block);
            }
        }
        flush(rowLines, run, out);
        return out;
    }

    private static boolean isRowText(String text, boolean inTable) {
        return text.lines().filter(l -> !l.isBlank())
                .allMatch(l -> l.contains("\t") || (inTable && CELL_MARKUP_ONLY.matcher(l.strip()).matches()));
    }

    private static void flush(List<String> rowLines, List<Block> run, List<Block> out) {
        if (rowLines.size() >= MIN_ROWS) {
            out.add(table(rowLines));
            run.stream().filter(PageBreak.class::isInstance).forEach(out::add);
        } else {
            out.addAll(run);
        }
        rowLines.clear();
        run.clear();
    }

    private static Table table(List<String> lines) {
        List<List<String>> cells = lines.stream()
                .map(l -> Arrays.asList(l.stripTrailing().split("\t", -1)))
                .toList();
        int width = cells.stream().mapToInt(List::size).max().orElse(0);
        List<Table.Row> rows = new ArrayList<>();
        for (List<String> row : cells) {
            List<Table.Cell> padded = new ArrayList<>();
            for (int i = row.size(); i < width; i++) {
                padded.add(new Table.Cell(List.of()));
            }
            row.forEach(c -> padded.add(new Table.Cell(CellMarkup.parse(c))));
            rows.add(new Table.Row(padded));
        }
        return new Table(rows);
    }
}
