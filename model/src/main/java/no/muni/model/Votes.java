package no.muni.model;

import java.util.List;

/**
 * How an item was voted on: unanimously ("Enstemmig vedtatt") or with counts ("vedtatt med 25 mot 10
 * stemmer"), and the party labels written with the votes ("(H, FrP)"). Counts are null when not written.
 */
public record Votes(boolean unanimous, Integer forCount, Integer againstCount, List<String> parties) {
    public Votes {
        parties = Lists.copy(parties);
    }
}
