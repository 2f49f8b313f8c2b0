package no.muni.model;

import java.util.List;

/**
 * A list item. {@code marker} is the bullet or enumerator as written ("•", "-", "a)", "1)", "A.", "1.");
 * {@code depth} starts at 1 for a top-level item.
 */
public record ListItem(String marker, int depth, String text, List<String> emphasis) implements Block {
    public ListItem {
        emphasis = List.copyOf(emphasis);
    }

    public ListItem(String marker, int depth, String text) {
        this(marker, depth, text, List.of());
    }
}
