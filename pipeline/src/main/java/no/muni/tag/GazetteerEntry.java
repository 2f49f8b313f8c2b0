package no.muni.tag;

import java.util.List;

/**
 * One known name: its canonical spelling, its muni type (ORG, LOC), the kind of thing it is
 * (municipality, county, state, party, ngo, place) and the other spellings that mean the same.
 */
public record GazetteerEntry(String canonical, String type, String kind, List<String> aliases) {
    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }

    public boolean isParty() {
        return "party".equals(kind);
    }
}
