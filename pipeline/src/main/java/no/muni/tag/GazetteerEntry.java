package no.muni.tag;

import java.util.List;

/**
 * One known name: its canonical spelling, its muni type (ORG, LOC), the kind of thing it is
 * (municipality, county, state, party, ngo, place) and the other spellings that mean the same.
 * {@code labels} are a party's short labels ("V", "Ap"), valid only in a party label after a person.
 */
public record GazetteerEntry(String canonical, String type, String kind, List<String> aliases, List<String> labels) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        labels = List.copyOf(labels);
    }

    public GazetteerEntry(String canonical, String type, String kind, List<String> aliases) {
        this(canonical, type, kind, aliases, List.of());
    }

    public boolean isParty() {
        return "party".equals(kind);
    }
}
