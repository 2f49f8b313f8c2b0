package no.muni.structure.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.muni.model.Block;
import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Policy.Goal;
import no.muni.model.Table;
import no.muni.structure.StructureFixtures;
import no.muni.structure.minutes.MinutesExtractor;

class GoalTableReaderTest {

    @Test
    void seedGroupSummariesMatchTheGold() {
        JsonNode gold = StructureFixtures.gold("002_");
        DocumentStructure summary = StructureFixtures.structure(StructureFixtures.seed("002_"));
        assertEquals(gold.get("docType").asText(), summary.docType().code());

        List<String> areas = new ArrayList<>();
        gold.get("policyAreas").forEach(a -> areas.add(a.asText()));
        assertEquals(areas, summary.policy().policyAreas());
        JsonNode goals = gold.get("goals");
        assertEquals(goals.size(), summary.policy().goals().size());
        for (JsonNode expected : goals) {
            Goal goal = summary.policy().goals().stream().filter(g -> g.goal().equals(expected.get("goal").asText()))
                    .findFirst().orElse(null);
            assertNotNull(goal, "missing goal " + expected.get("goal"));
            assertEquals(expected.get("area").asText(), goal.area());
            assertEquals(expected.get("strategies").asInt(), goal.strategies().size(), goal.goal());
            assertTrue(goal.strategies().getFirst().startsWith(expected.get("firstStrategy").asText()), goal.strategies().getFirst());
            if (expected.has("lastStrategy")) {
                assertTrue(goal.strategies().getLast().startsWith(expected.get("lastStrategy").asText()), goal.strategies().getLast());
            }
            goal.strategies().forEach(s -> assertFalse(s.contains("<") || s.contains("•"), s));
        }
    }

    @Test
    void groupSummariesFromTromsoWithTwoAreas() {
        DocumentStructure summary = StructureFixtures.structure(StructureFixtures.resource("gruppereferat-tromso.txt"));
        assertEquals(DocType.MINUTES, summary.docType());

        assertEquals(List.of("Aktive og trygge lokalsamfunn", "Deltakelse for alle"), summary.policy().policyAreas());
        assertEquals(List.of(
                new Goal("Aktive og trygge lokalsamfunn", "Alle innbyggere i Tromsø har en møteplass i nærheten av der de bor",
                        List.of("Åpne skolene og bibliotekene for lag og foreninger på kveldstid",
                                "Styrke frivilligsentralene i Kvaløysletta og Tomasjord",
                                "Flere benker og toaletter langs turveiene",
                                "Gratis buss for pensjonister utenom rushtiden")),
                new Goal("Aktive og trygge lokalsamfunn", "Eldre kan bo trygt hjemme lenger",
                        List.of("Hjemmebesøk til alle som fyller 78 år", "Velferdsteknologi skal prøves ut i alle bydeler")),
                new Goal("Deltakelse for alle", "Kommunens tilbud er universelt utformet",
                        List.of("Tilgjengelighetskartlegging av alle kommunale bygg innen 2025", "Brukerråd i alle tjenester",
                                "Teleslynge i alle møtesaler"))),
                summary.policy().goals());
    }

    /** Word tables whose cells carry list paragraphs typed with "·", read the way the structure stage reads them. */
    @Test
    void wordTablesWithBulletParagraphs() {
        DocumentStructure.Builder builder = DocumentStructure.builder().title("Referat fra gruppearbeid");
        new MinutesExtractor().extract(List.of(
                new Heading(3, null, "Politikkområde; Trygg oppvekst"),
                table(row(cell(new Paragraph("Delmål – slik vil vi ha det", List.of("Delmål – slik vil vi ha det"))),
                                cell(new Paragraph("Strategier"))),
                        row(cell(new Paragraph("Alle barn har en trygg voksen")),
                                cell(new Paragraph("· Miljøterapeuter i skolen"), new Paragraph("· Åpne helsestasjoner for ungdom")))),
                new ListItem("·", 1, "Et innspill som ikke er en strategi")), builder);

        assertEquals(List.of(new Goal("Trygg oppvekst", "Alle barn har en trygg voksen",
                List.of("Miljøterapeuter i skolen", "Åpne helsestasjoner for ungdom"))), builder.build().policy().goals());
    }

    /** Word and HTML give real tables whose cells hold list items; a table split by a page continues headerless. */
    @Test
    void parsedTablesContinuingAcrossPages() {
        List<Block> body = List.of(
                new Heading(2, null, "Politikkområde – Klima og miljø"),
                table(row(cell(new Paragraph("Delmål")), cell(new Paragraph("Strategier"))),
                        row(cell(new Paragraph("Utslippene fra kommunens bilpark halveres")),
                                cell(new ListItem("•", 1, "• Elbiler ved alle innkjøp"), new ListItem("•", 1, "Delebilordning")))),
                new PageBreak(2),
                table(row(cell(), cell(new ListItem("•", 1, "Ladepunkter ved rådhuset")))),
                new Paragraph("Innspill fra gruppene som ikke gjelder et delmål:"),
                new ListItem("-", 1, "Flere sykkelstier"),
                table(row(cell(new Paragraph("Navn")), cell(new Paragraph("Rolle"))),
                        row(cell(new Paragraph("Kari")), cell(new Paragraph("Leder")))));

        GoalTableReader.GoalTables read = GoalTableReader.read(body);

        assertEquals(List.of("Klima og miljø"), read.areas());
        assertEquals(List.of(new Goal("Klima og miljø", "Utslippene fra kommunens bilpark halveres",
                List.of("Elbiler ved alle innkjøp", "Delebilordning", "Ladepunkter ved rådhuset"))), read.goals());
    }

    @Test
    void aHeaderlessTableAfterOtherTextIsNoContinuation() {
        List<Block> body = List.of(
                table(row(cell(new Paragraph("Mål")), cell(new Paragraph("Strategi"))),
                        row(cell(new Paragraph("Flere i arbeid")), cell(new Paragraph("Samarbeid med NAV")))),
                new Paragraph("Tabell 2 viser budsjettet."),
                table(row(cell(), cell(new Paragraph("1 200 000")))));

        assertEquals(List.of(new Goal(null, "Flere i arbeid", List.of("Samarbeid med NAV"))),
                GoalTableReader.read(body).goals());
    }

    private static Table table(Table.Row... rows) {
        return new Table(List.of(rows));
    }

    private static Table.Row row(Table.Cell... cells) {
        return new Table.Row(List.of(cells));
    }

    private static Table.Cell cell(Block... blocks) {
        return new Table.Cell(List.of(blocks));
    }
}
