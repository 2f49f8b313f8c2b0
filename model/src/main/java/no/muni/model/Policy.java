package no.muni.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The policy part: goals under policy areas (the goal tables of policy documents and of summaries of
 * working groups' minutes), and for policy documents (plattform, plan, strategi) the adopting decision
 * and the principles of their numbered outline. {@link #NONE} when a document sets out no policy.
 */
public record Policy(List<String> policyAreas, List<Goal> goals, Decision decision, List<Principle> principles) {

    public static final Policy NONE = new Policy(List.of(), List.of(), null, List.of());

    public Policy {
        policyAreas = Lists.copy(policyAreas);
        goals = Lists.copy(goals);
        principles = Lists.copy(principles);
    }

    /** The goals under their policy areas, as goal tables print them; no decision, no principles. */
    public static Policy ofGoals(List<String> policyAreas, List<Goal> goals) {
        return new Policy(policyAreas, goals, null, List.of());
    }

    /** A goal of a policy area with its strategies ("slik gjør vi det"). */
    public record Goal(String area, String goal, List<String> strategies) {}

    /** The body that adopted the document ("Bystyret", in its definite form), and when. */
    public record Decision(String body, LocalDate date) {}

    public record Principle(String section, String text) {}
}
