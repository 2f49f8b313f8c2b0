package no.muni.structure.minutes;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Minutes;
import no.muni.model.Policy;
import no.muni.structure.LiteralBullets;
import no.muni.structure.TypeExtractor;
import no.muni.structure.goals.GoalTableReader;

/**
 * Minutes of both kinds: meeting minutes (organiser, attendance, agenda, sign-off) and summaries of
 * group minutes (goal tables under policy areas). No sub-kind is decided up front: each reader
 * finds its own conventions or nothing, and a document of the one kind has none of the other's.
 */
public final class MinutesExtractor implements TypeExtractor {

    @Override
    public void extract(List<Block> parsed, DocumentStructure.Builder into) {
        List<Block> body = LiteralBullets.asListItems(parsed);
        String title = into.build().title();
        List<Block> beforeAgenda = body.subList(0, AgendaReader.start(body));

        into.minutes(new Minutes(OrganiserReader.read(OrganiserReader.head(beforeAgenda), title).orElse(null),
                ParticipantReader.read(beforeAgenda), HeadcountReader.read(beforeAgenda), AgendaReader.read(body),
                SignatureReader.read(body).orElse(null)));

        GoalTableReader.GoalTables goals = GoalTableReader.read(body);
        into.policy(Policy.ofGoals(goals.areas(), goals.goals()));
    }
}
