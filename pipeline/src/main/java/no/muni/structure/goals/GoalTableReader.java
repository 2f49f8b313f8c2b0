package no.muni.structure.goals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SequencedSet;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Policy.Goal;
import no.muni.model.Table;
import no.muni.text.InlineText;

/**
 * Reads goal tables — a goal column ("Mål"/"Delmål") and a strategy column ("Strategier"), with the
 * area in a leading column or in the "Politikkområde" heading above — into goals with strategies.
 * A row with an empty goal cell continues the goal above it (a table split across pages), and so
 * does a headerless table right after a goal table. Lists outside goal tables are ignored: they
 * are discussion points, not strategies of a goal.
 */
public final class GoalTableReader {

    /** What a document's goal tables say: the policy areas in order of appearance and the goals. */
    public record GoalTables(List<String> areas, List<Goal> goals) {
        public GoalTables {
            areas = List.copyOf(areas);
            goals = List.copyOf(goals);
        }
    }

    private GoalTableReader() {
    }

    public static GoalTables read(List<Block> body) {
        SequencedSet<String> areas = new LinkedHashSet<>();
        List<Draft> goals = new ArrayList<>();
        String area = null;
        GoalColumns columns = null;
        for (Block block : body) {
            Optional<String> heading = AreaHeading.of(block);
            if (heading.isPresent()) {
                area = heading.get();
                areas.add(area);
                columns = null;
            } else if (block instanceof Table table) {
                columns = readTable(table, columns, area, goals);
            } else if (!(block instanceof PageBreak)) {
                columns = null;
            }
        }
        goals.stream().map(Draft::area).filter(a -> a != null && !a.isEmpty()).forEach(areas::add);
        return new GoalTables(List.copyOf(areas), goals.stream().map(Draft::toGoal).toList());
    }

    /** @return the columns in force after this table, for a headerless continuation table */
    private static GoalColumns readTable(Table table, GoalColumns previous, String area, List<Draft> goals) {
        List<Table.Row> rows = table.rows();
        Optional<GoalColumns> header = rows.isEmpty() ? Optional.empty() : GoalColumns.ofHeader(rows.getFirst());
        GoalColumns columns = header.orElse(previous);
        if (columns == null) {
            return null;
        }
        for (Table.Row row : rows.subList(header.isPresent() ? 1 : 0, rows.size())) {
            readRow(row, columns, area, goals);
        }
        return columns;
    }

    private static void readRow(Table.Row row, GoalColumns columns, String area, List<Draft> goals) {
        if (row.cells().size() < columns.width()) {
            return;
        }
        String goal = InlineText.clean(row.cells().get(columns.goal()).text());
        List<String> strategies = strategies(row.cells().get(columns.strategies()));
        if (goal.isEmpty()) {
            if (!goals.isEmpty()) {
                goals.getLast().strategies().addAll(strategies);
            }
            return;
        }
        String rowArea = columns.area() >= 0 ? InlineText.clean(row.cells().get(columns.area()).text()) : area;
        if ((rowArea == null || rowArea.isEmpty()) && !goals.isEmpty()) {
            // A merged area cell is written once, on the first of its rows.
            rowArea = goals.getLast().area();
        }
        goals.add(new Draft(rowArea, goal, new ArrayList<>(strategies)));
    }

    /** One strategy per list item; a cell of running text is one strategy. */
    private static List<String> strategies(Table.Cell cell) {
        List<String> items = cell.blocks().stream().filter(ListItem.class::isInstance)
                .map(b -> InlineText.clean(b.text())).filter(s -> !s.isEmpty()).toList();
        if (!items.isEmpty()) {
            return items;
        }
        String text = InlineText.clean(cell.text());
        return text.isEmpty() ? List.of() : List.of(text);
    }

    private record Draft(String area, String goal, List<String> strategies) {
        Goal toGoal() {
            return new Goal(area, goal, List.copyOf(strategies));
        }
    }
}
