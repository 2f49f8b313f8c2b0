package no.muni.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Table;

/**
 * A document's blocks as lines of text, the way readers of printed forms look at them: one block a line
 * (a paragraph may hold several), a list item with its marker as printed ("1.", "a)"), a table one line per row with its cells side by side; a row whose first
 * cell is empty holds what wrapped in the cells above it, so it joins that row. So a saksliste
 * reads alike whether a PDF's table, a DOCX's tab-separated lines or a transcript's flattened page holds it.
 */
public final class LineText {

    private LineText() {
    }

    public static String of(List<Block> blocks) {
        return blocks.stream().map(LineText::lines).collect(Collectors.joining("\n"));
    }

    private static String lines(Block block) {
        if (block instanceof ListItem item) {
            return item.marker().isEmpty() ? item.text() : item.marker() + " " + item.text();
        }
        if (!(block instanceof Table table)) {
            return block.text();
        }
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            List<String> cells = row.cells().stream().map(c -> c.text().replace('\n', ' ').strip()).toList();
            if (!rows.isEmpty() && !cells.isEmpty() && cells.getFirst().isEmpty()) {
                List<StringBuilder> above = rows.getLast();
                for (int i = 0; i < cells.size() && i < above.size(); i++) {
                    above.get(i).append(above.get(i).isEmpty() || cells.get(i).isEmpty() ? "" : " ").append(cells.get(i));
                }
            } else {
                rows.add(cells.stream().map(StringBuilder::new).collect(Collectors.toCollection(ArrayList::new)));
            }
        }
        return rows.stream().map(cells -> cells.stream().map(StringBuilder::toString).filter(c -> !c.isEmpty())
                .collect(Collectors.joining(" "))).collect(Collectors.joining("\n"));
    }
}
