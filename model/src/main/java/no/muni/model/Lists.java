package no.muni.model;

import java.util.List;

/** The model's one rule for list components: unmodifiable, and empty rather than null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
