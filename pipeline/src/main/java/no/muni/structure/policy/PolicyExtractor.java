package no.muni.structure.policy;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.structure.TranscribedTables;
import no.muni.structure.TypeExtractor;
import no.muni.structure.goals.GoalTableReader;

/**
 * Policy documents (plattform, plan, melding, strategi): the adopting decision, the numbered
 * outline with its principles and measure lists, goal tables, and the documents it builds on.
 */
public final class PolicyExtractor implements TypeExtractor {

    @Override
    public void extract(List<Block> body, DocumentStructure.Builder into) {
        List<Block> blocks = TranscribedTables.restore(body);
        DecisionReader.read(blocks).ifPresent(decision -> {
            into.decision(decision);
            if (into.build().date() == null) {
                // A policy dates from its adoption when the document carries no other date.
                into.date(decision.date());
            }
        });

        PlatformOutline.Outline outline = PlatformOutline.read(blocks);
        if (!outline.sections().isEmpty()) {
            into.sections(outline.sections());
        }
        into.principles(outline.principles());
        into.measures(outline.measures());

        GoalTableReader.GoalTables goals = GoalTableReader.read(blocks);
        into.policyAreas(goals.areas());
        into.goals(goals.goals());
        into.references(ReferenceReader.read(blocks));
    }
}
