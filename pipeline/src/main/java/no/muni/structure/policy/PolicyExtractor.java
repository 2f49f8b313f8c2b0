package no.muni.structure.policy;

import java.util.List;
import java.util.Optional;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Policy;
import no.muni.structure.LiteralBullets;
import no.muni.structure.TypeExtractor;
import no.muni.structure.goals.GoalTableReader;

/**
 * Policy documents (plattform, plan, melding, strategi): the adopting decision, the numbered
 * outline with its principles and measure lists, goal tables, and the documents it builds on.
 */
public final class PolicyExtractor implements TypeExtractor {

    @Override
    public void extract(List<Block> parsed, DocumentStructure.Builder into) {
        List<Block> body = LiteralBullets.asListItems(parsed);
        Optional<Policy.Decision> decision = DecisionReader.read(body);
        if (decision.isPresent() && into.build().date() == null) {
            // A policy dates from its adoption when the document carries no other date.
            into.date(decision.get().date());
        }

        PlatformOutline.Outline outline = PlatformOutline.read(body);
        if (!outline.sections().isEmpty()) {
            into.sections(outline.sections());
        }
        GoalTableReader.GoalTables goals = GoalTableReader.read(body);
        into.policy(new Policy(goals.areas(), goals.goals(), decision.orElse(null), outline.principles()));
        into.measures(outline.measures());
        into.references(ReferenceReader.read(body));
    }
}
