package no.muni.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's one table, printed as Markdown so it can go into the README as it is. */
final class BenchTable {

    record Row(String measure, String value, String goal, String note) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String value, String goal, String note) {
        rows.add(new Row(measure, value, goal, note));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    String render() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"measure", "value", "goal", "how measured"});
        rows.forEach(r -> cells.add(new String[] {r.measure(), r.value(), r.goal(), r.note()}));
        int[] width = new int[4];
        for (String[] c : cells) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], c[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            line(sb, cells.get(r), width);
            if (r == 0) {
                String[] rule = new String[4];
                for (int i = 0; i < 4; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                line(sb, rule, width);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        sb.append('|');
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
        }
        sb.append('\n');
    }
}
