package no.muni.model;

import java.util.List;

/**
 * A measure (tiltak): something the municipality or its partners do or propose to do.
 * {@code section}/{@code item}/{@code period} are set when the measure comes from a numbered list
 * such as "4.2 Aktuelle tiltak 2015-2018 … a)"; {@code policyArea} when it is a strategy of a goal
 * under a policy area ("Politikkområde: Deltakende innbyggere"); the rest where the text states them.
 */
public record Measure(String text, String section, String item, String period, String responsible,
                      List<String> organisations, Long amountNok, String status, String policyArea) {
    public Measure {
        organisations = Lists.copy(organisations);
    }

    public static Measure of(String text) {
        return new Measure(text, null, null, null, null, List.of(), null, null, null);
    }

    public Measure withPolicyArea(String area) {
        return new Measure(text, section, item, period, responsible, organisations, amountNok, status, area);
    }
}
