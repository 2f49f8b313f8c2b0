package no.muni.model;

import java.util.List;
import java.util.stream.Collectors;

/** A table: rows of cells, each cell itself a sequence of blocks (paragraphs, list items). */
public record Table(List<Row> rows) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }

    @Override
    public String text() {
        return rows.stream().map(Row::text).collect(Collectors.joining("\n"));
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String text() {
            return cells.stream().map(Cell::text).collect(Collectors.joining(" | "));
        }
    }

    public record Cell(List<Block> blocks) {
        public Cell {
            blocks = List.copyOf(blocks);
        }

        public String text() {
            return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
        }
    }
}
