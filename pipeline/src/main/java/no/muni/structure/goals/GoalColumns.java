package no.muni.structure.goals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.muni.model.Table;
import no.muni.text.InlineText;

/**
 * Which columns of a goal table hold what, read from its header row: the goal ("Mål", "Delmål",
 * "Hovedmål"), the strategies ("Strategier", "Strategi – slik gjør vi det") and, when there is a
 * column before the goal, the area the row belongs to (often with an empty header cell).
 *
 * @param area -1 when the table has no area column and the area comes from the headings around it
 */
record GoalColumns(int area, int goal, int strategies) {

    static Optional<GoalColumns> ofHeader(Table.Row header) {
        List<Table.Cell> cells = header.cells();
        int goal = -1;
        int strategies = -1;
        for (int i = 0; i < cells.size(); i++) {
            String label = InlineText.clean(cells.get(i).text()).toLowerCase(Locale.ROOT);
            if (goal < 0 && isGoalLabel(label)) {
                goal = i;
            } else if (strategies < 0 && label.startsWith("strategi")) {
                strategies = i;
            }
        }
        if (goal < 0 || strategies < 0 || strategies < goal) {
            return Optional.empty();
        }
        return Optional.of(new GoalColumns(goal > 0 ? goal - 1 : -1, goal, strategies));
    }

    private static boolean isGoalLabel(String label) {
        String word = label.split("[^\\p{L}]", 2)[0];
        return word.equals("mål") || (word.endsWith("mål") && word.length() <= 10);
    }

    int width() {
        return strategies + 1;
    }
}
