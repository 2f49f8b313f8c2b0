package no.muni.structure.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.EntityKind;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Minutes.AgendaItem;
import no.muni.model.Minutes.Participant;
import no.muni.model.Minutes.Signature;
import no.muni.model.Minutes.Topic;
import no.muni.model.Paragraph;
import no.muni.structure.StructureFixtures;

class MinutesExtractorTest {
    private final MinutesExtractor extractor = new MinutesExtractor();

    @Test
    void seedMinutesMatchTheGold() {
        JsonNode gold = StructureFixtures.gold("001_");
        DocumentStructure minutes = StructureFixtures.structure(StructureFixtures.seed("001_"));
        assertEquals(gold.get("docType").asText(), minutes.docType().code());

        assertEquals(gold.get("organiser").asText(), minutes.minutes().organiser());
        assertEquals(gold.get("participantCount").asInt(), minutes.minutes().participantCount());
        assertEquals(texts(gold.get("participatingOrganisations")), organisations(minutes));
        Map<String, List<String>> attendees = new LinkedHashMap<>();
        gold.get("otherAttendees").forEach(g -> attendees.put(g.get("group").asText(), texts(g.get("names"))));
        assertEquals(attendees, personsByGroup(minutes));

        JsonNode agenda = gold.get("agenda");
        assertEquals(agenda.size(), minutes.minutes().agenda().size());
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = minutes.minutes().agenda().get(i);
            assertEquals(agenda.get(i).get("number").asText(), item.number());
            assertTrue(item.text().startsWith(agenda.get(i).get("startsWith").asText()), item.text());
            assertEquals(texts(agenda.get(i).get("topics")), topicNames(item));
            item.topics().forEach(t -> assertTrue(!t.points().isEmpty(), t + " has no points"));
        }
        JsonNode signed = gold.get("signedBy");
        assertEquals(new Signature(signed.get("initials").asText(), signed.get("role").asText()), minutes.minutes().signedBy());
        assertTrue(minutes.policy().goals().isEmpty(), "meeting minutes have no goal tables");
    }

    @Test
    void dialogueMeetingInBodo() {
        DocumentStructure minutes = StructureFixtures.structure(StructureFixtures.resource("dialogmote-bodo.txt"));
        assertEquals(DocType.MINUTES, minutes.docType());

        assertEquals("Kultur- og idrettsavdelingen", minutes.minutes().organiser());
        assertEquals(19, minutes.minutes().participantCount());
        assertEquals(List.of("Bodø Idrettsråd", "Bodø Turnforening", "Grand Bodø IK", "Bodø Svømmeklubb, Polarbadet",
                "Saltstraumen IL", "Bodø Friidrettsklubb", "Skjerstad Idrettslag"), organisations(minutes));
        assertEquals(Map.of("bystyret", List.of("Kari Nordmann", "Per Olsen"),
                        "kommunens administrasjon", List.of("Anne Berit Johansen", "Mohammed Ali", "Ingrid Sæther")),
                personsByGroup(minutes));

        List<AgendaItem> agenda = minutes.minutes().agenda();
        assertEquals(List.of("1", "2"), agenda.stream().map(AgendaItem::number).toList());
        assertEquals("Hvordan bør kommunen fordele hall- og banetid fra sesongen 2024?", agenda.get(0).text());
        assertEquals("Hva forventer idrettslagene av samarbeidet med kommunen de neste fire årene?", agenda.get(1).text());
        assertEquals(List.of("A. Haller og gymsaler", "B. Utendørsanlegg"), topicNames(agenda.get(0)));
        assertEquals(List.of("1. Tilskudd", "2. Kommunikasjon"), topicNames(agenda.get(1)));
        assertEquals("Ønske om en felles bookingløsning for alle kommunale haller, slik at ledig tid blir synlig for alle lag.",
                agenda.get(0).topics().get(0).points().get(1));
        assertEquals(2, agenda.get(1).topics().get(1).points().size(), "the empty bullet and the closing remark are no points");
        assertEquals(new Signature("TMB", "Seniorrådgiver"), minutes.minutes().signedBy());
    }

    /** The shape Word minutes take: list paragraphs typed with "·", agenda labels and topics as headings. */
    @Test
    void wordMinutesWithBulletParagraphs() {
        DocumentStructure.Builder builder = DocumentStructure.builder().title("Dialogmøte med idrettslagene");
        extractor.extract(List.of(
                new Heading(1, null, "Dialogmøte med idrettslagene"),
                new Paragraph("14.03.23"),
                new Paragraph("Kultur- og idrettsavdelingen"),
                new Paragraph("REFERAT"),
                new Paragraph("Til sammen 9 personer deltok, og disse representerte følgende lag og foreninger:"),
                new Paragraph("· Bodø Idrettsråd"),
                new Paragraph("· Grand Bodø IK"),
                new Paragraph("I tillegg deltok:"),
                new Paragraph("· Fra bystyret; Kari Nordmann og Per Olsen"),
                new Heading(1, null, "Sak 1:"),
                new Paragraph("Hvordan bør hall-tid fordeles?"),
                new Heading(2, null, "A. Haller:"),
                new Paragraph("· Barn og unge må prioriteres, også i helgene når"),
                new Paragraph("skolene er stengt"),
                new Paragraph("· Felles booking"),
                new Paragraph("KOJ"),
                new Paragraph("Rådgiver")), builder);
        DocumentStructure minutes = builder.build();

        assertEquals("Kultur- og idrettsavdelingen", minutes.minutes().organiser());
        assertEquals(9, minutes.minutes().participantCount());
        assertEquals(List.of("Bodø Idrettsråd", "Grand Bodø IK"), organisations(minutes));
        assertEquals(Map.of("bystyret", List.of("Kari Nordmann", "Per Olsen")), personsByGroup(minutes));
        AgendaItem item = minutes.minutes().agenda().getFirst();
        assertEquals("Hvordan bør hall-tid fordeles?", item.text());
        assertEquals(List.of(new Topic("A.", "Haller", List.of(
                "Barn og unge må prioriteres, også i helgene når skolene er stengt", "Felles booking"))), item.topics());
        assertEquals(new Signature("KOJ", "Rådgiver"), minutes.minutes().signedBy());
    }

    @Test
    void protocolWithAttendanceOnTheLabelLineAndPoliticalCases() {
        DocumentStructure.Builder builder = DocumentStructure.builder().title("Protokoll");
        extractor.extract(List.of(
                new Paragraph("Til stede: Ola Hansen (Ap), Kari Berg (H) og Per Li (SV)"),
                new Paragraph("Forfall: Nils Dahl (FrP)"),
                new Paragraph("PS 12/23 Budsjett for kulturtilskudd 2024"),
                new ListItem("-", 1, "Vedtatt enstemmig")), builder);
        DocumentStructure protocol = builder.build();

        assertEquals(List.of(new Participant("Ola Hansen", EntityKind.PERSON, null), new Participant("Kari Berg", EntityKind.PERSON, null),
                new Participant("Per Li", EntityKind.PERSON, null)), protocol.minutes().participants());
        AgendaItem item = protocol.minutes().agenda().getFirst();
        assertEquals("12/23", item.number());
        assertEquals("Budsjett for kulturtilskudd 2024", item.text());
    }

    @Test
    void listsAnnouncingAttendanceInsideTheAgendaAreNotParticipants() {
        DocumentStructure.Builder builder = DocumentStructure.builder().title("Referat");
        extractor.extract(List.of(
                new Paragraph("Til stede:"),
                new ListItem("-", 1, "Fra formannskapet: Ola Berg"),
                new Paragraph("Sak 1: Budsjett"),
                new Paragraph("Disse representerte lagene i arbeidsgruppen:"),
                new ListItem("-", 1, "Vang Skiklubb")), builder);
        DocumentStructure minutes = builder.build();

        assertEquals(List.of(new Participant("Ola Berg", EntityKind.PERSON, "formannskapet")), minutes.minutes().participants());
        assertEquals(List.of("Vang Skiklubb"), minutes.minutes().agenda().getFirst().topics().getFirst().points());
    }

    private static List<String> organisations(DocumentStructure minutes) {
        return minutes.minutes().participants().stream().filter(p -> p.kind() == EntityKind.ORGANISATION).map(Participant::name).toList();
    }

    private static Map<String, List<String>> personsByGroup(DocumentStructure minutes) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        minutes.minutes().participants().stream().filter(p -> p.kind() == EntityKind.PERSON)
                .forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p.name()));
        return groups;
    }

    private static List<String> topicNames(AgendaItem item) {
        return item.topics().stream().map(MinutesExtractorTest::topicName).toList();
    }

    private static String topicName(Topic topic) {
        return topic.label() + " " + topic.title();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
