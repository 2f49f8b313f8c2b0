package no.muni.corpus;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

/**
 * 002: summarised group minutes from the political committees, as a Word document of two-column
 * tables (goal | strategies). Each tab-separated line of the transcription is one table row; the
 * cells' {@code <ul><li>} fragments become bullet paragraphs inside the cell. A row whose first cell
 * is empty is where the original table broke across a page and Word carried the rest of the
 * strategies into a new row: kept as its own row with an empty first cell, in the same table (the
 * blank line before it in the transcription is that page break, not the end of the table).
 */
final class GroupSummaryDocxWriter {

    /** Column widths in twentieths of a point: 17 cm of text width split about 1:2. */
    private static final int[] COLUMNS = {3300, 6338};

    private GroupSummaryDocxWriter() {
    }

    static void write(Seed seed, Path out) throws IOException {
        String title = ((SeedLine.Heading) seed.nonBlank().getFirst()).text();
        try (XWPFDocument doc = Docx.create(title, "Drammen kommune", LocalDate.of(2019, 3, 1))) {
            BigInteger bullets = Docx.bulletList(doc);
            List<SeedLine.Row> rows = new ArrayList<>();
            for (SeedLine line : seed.nonBlank()) {
                if (line instanceof SeedLine.Row row) {
                    rows.add(row);
                    continue;
                }
                if (!rows.isEmpty()) {
                    table(doc, rows, bullets);
                    rows.clear();
                }
                XWPFParagraph p = doc.createParagraph();
                switch (line) {
                    // "##" is the document title, one '#' more is one heading level down.
                    case SeedLine.Heading h -> {
                        p.setStyle("Heading" + (h.level() - 1));
                        Docx.runs(p, Inline.parse(h.text()));
                    }
                    case SeedLine.Item item -> Docx.listItem(p, bullets, item.depth() - 1, Inline.parse(item.text()));
                    case SeedLine.Para para -> Docx.runs(p, Inline.parse(para.text()));
                    default -> throw new IllegalStateException("002: unexpected line " + line);
                }
            }
            if (!rows.isEmpty()) {
                table(doc, rows, bullets);
            }
            Docx.save(doc, out);
        }
    }

    /** The first row is the column header: bold, and repeated by Word on each page the table spans. */
    private static void table(XWPFDocument doc, List<SeedLine.Row> rows, BigInteger bullets) {
        XWPFTable table = doc.createTable(rows.size(), COLUMNS.length);
        table.setStyleID("TableGrid");
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int width : COLUMNS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> cells = rows.get(r).cells();
            if (cells.size() != COLUMNS.length) {
                throw new IllegalStateException("002: expected " + COLUMNS.length + " cells in " + cells);
            }
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(COLUMNS[c]));
                fill(cell, CellContent.parse(cells.get(c)), r == 0, bullets);
            }
        }
        doc.createParagraph(); // Word always keeps a paragraph between a table and what follows
    }

    private static void fill(XWPFTableCell cell, List<CellContent.Block> blocks, boolean header, BigInteger bullets) {
        XWPFParagraph p = cell.getParagraphs().getFirst(); // a new cell already holds one empty paragraph
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            CellContent.Block block = blocks.get(i);
            List<Run> runs = header ? block.runs().stream().map(Run::withBold).toList() : block.runs();
            if (block.bullet()) {
                Docx.listItem(p, bullets, 0, runs);
            } else {
                Docx.runs(p, runs);
            }
        }
    }
}
