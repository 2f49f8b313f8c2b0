package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import no.muni.model.DocumentStructure;
import no.muni.model.DocumentStructure.Section;
import no.muni.model.Presentation.Slide;
import no.muni.model.Reply.Answer;

/**
 * Asserts a document's structure against a gold file (../shared/gold format, also used by the
 * second examples under test resources), field by field, the way score_seeds.py compares them.
 * Only the structure checks of the common part, replies and presentations are asserted here.
 */
final class StructureExpectations {

    private StructureExpectations() {
    }

    static void assertMatches(JsonNode gold, DocumentStructure doc) {
        String seed = gold.path("seed").asText();
        List<String> accepted = gold.has("docTypeAccepted") ? texts(gold.get("docTypeAccepted"))
                : List.of(gold.get("docType").asText());
        assertTrue(accepted.contains(doc.docType().code()), seed + " docType " + doc.docType());
        assertEquals(norm(gold.get("title").asText()), norm(doc.title()), seed + " title");
        if (gold.has("date")) {
            assertEquals(gold.get("date").asText(), String.valueOf(doc.date()), seed + " date");
        }
        if (gold.has("caseNumber")) {
            assertEquals(gold.get("caseNumber").asText(), doc.caseNumber(), seed + " caseNumber");
        }
        if (gold.has("sections")) {
            Map<String, String> headings = new HashMap<>();
            doc.sections().stream().filter(s -> s.number() != null).forEach(s -> headings.put(s.number(), s.heading()));
            for (JsonNode section : gold.get("sections")) {
                assertEquals(norm(section.get("heading").asText()), norm(headings.get(section.get("number").asText())),
                        seed + " section " + section.get("number"));
            }
        }
        if (gold.has("answers")) {
            assertAnswers(seed, gold, doc);
        }
        if (gold.has("attachments")) {
            assertEquals(texts(gold.get("attachments")).stream().map(StructureExpectations::norm).toList(),
                    doc.reply().attachments().stream().map(StructureExpectations::norm).toList(), seed + " attachments");
        }
        if (gold.has("slides")) {
            assertSlides(seed, gold.get("slides"), doc.presentation().slides());
        }
        if (gold.has("boilerplate")) {
            assertFalse(doc.text().isBlank(), seed + " has a body");
            for (String junk : texts(gold.get("boilerplate").get("bodyMustNotContain"))) {
                assertFalse(doc.text().toLowerCase().contains(junk.toLowerCase()), seed + " body contains " + junk);
            }
        }
        if (gold.has("question")) {
            assertQuestion(seed, gold.get("question"), doc);
        }
        if (gold.has("questions")) {
            assertEquals(gold.get("questions").asInt(), doc.reply().questions().size(), seed + " questions");
        }
        if (gold.has("sender")) {
            JsonNode s = gold.get("sender");
            assertNotNull(doc.sender(), seed + " sender");
            assertEquals(s.get("unit").asText(), doc.sender().unit(), seed + " sender.unit");
            assertEquals(s.get("organisationNumber").asText(), doc.sender().organisationNumber(), seed + " org.nr");
            assertEquals(s.get("postalAddress").asText(), doc.sender().postalAddress(), seed + " postal address");
            assertEquals(s.get("visitingAddress").asText(), doc.sender().visitingAddress(), seed + " visiting address");
            assertEquals(s.get("phone").asText(), doc.sender().phone(), seed + " phone");
            assertEquals(s.get("email").asText(), doc.sender().email(), seed + " email");
        }
        if (gold.has("committee")) {
            assertCommittee(seed, gold.get("committee"), doc);
        }
        if (gold.has("facts")) {
            for (JsonNode fact : gold.get("facts")) {
                assertTrue(doc.presentation().facts().stream().anyMatch(f -> f.value() == fact.get("value").asLong()
                                && norm(f.text()).equals(norm(fact.get("text").asText()))),
                        seed + " fact " + fact + " in " + doc.presentation().facts());
            }
        }
    }

    private static void assertAnswers(String seed, JsonNode gold, DocumentStructure doc) {
        JsonNode answers = gold.get("answers");
        assertEquals(answers.get("count").asInt(), doc.reply().answers().size(), seed + " answers.count");
        Map<String, String> byNumber = new HashMap<>();
        doc.reply().answers().forEach(a -> byNumber.put(a.number(), a.text()));
        answers.get("startsWith").properties().forEach(e -> assertTrue(
                norm(byNumber.getOrDefault(e.getKey(), "")).startsWith(norm(e.getValue().asText())),
                seed + " answer " + e.getKey() + " starts " + byNumber.get(e.getKey())));
        for (String letterhead : texts(answers.get("mustNotContain"))) {
            for (Answer answer : doc.reply().answers()) {
                assertFalse(answer.text().toLowerCase().contains(letterhead.toLowerCase()),
                        seed + " answer " + answer.number() + " contains " + letterhead);
            }
        }
        if (gold.has("answerContains")) {
            gold.get("answerContains").properties().forEach(e -> assertTrue(
                    byNumber.getOrDefault(e.getKey(), "").contains(e.getValue().asText()),
                    seed + " answer " + e.getKey() + " contains " + e.getValue()));
        }
    }

    private static void assertSlides(String seed, JsonNode gold, List<Slide> slides) {
        assertEquals(gold.get("count").asInt(), slides.size(), seed + " slides.count");
        for (int i = 0; i < slides.size(); i++) {
            assertEquals(i + 1, slides.get(i).number(), seed + " slide numbering");
        }
        if (gold.has("firstTitle")) {
            assertEquals(norm(gold.get("firstTitle").asText()), norm(slides.getFirst().title()), seed + " first slide");
        }
        if (gold.has("lastEndsWith")) {
            assertTrue(norm(slides.getLast().text()).endsWith(norm(gold.get("lastEndsWith").asText())),
                    seed + " last slide ends " + slides.getLast().text());
        }
    }

    private static void assertQuestion(String seed, JsonNode q, DocumentStructure doc) {
        assertNotNull(doc.reply().question(), seed + " question");
        assertEquals(q.get("number").asInt(), doc.reply().question().number(), seed + " question.number");
        assertEquals(q.get("year").asInt(), doc.reply().question().year(), seed + " question.year");
        assertEquals(q.get("followUpOf").asInt(), doc.reply().question().followUpOf(), seed + " question.followUpOf");
        assertEquals(q.get("askedBy").get("name").asText(), doc.reply().question().askedBy().name(), seed + " askedBy.name");
        assertEquals(q.get("askedBy").get("party").asText(), doc.reply().question().askedBy().party(), seed + " askedBy.party");
        assertEquals(q.get("addressedTo").asText(), doc.reply().question().addressedTo(), seed + " addressedTo");
    }

    private static void assertCommittee(String seed, JsonNode gold, DocumentStructure doc) {
        assertNotNull(doc.presentation().committee(), seed + " committee");
        List<String> want = new ArrayList<>();
        for (JsonNode m : gold.get("members")) {
            want.add(m.get("name").asText() + "|" + m.get("party").asText()
                    + (m.has("role") ? "|" + m.get("role").asText() : ""));
        }
        List<String> got = new ArrayList<>();
        for (int i = 0; i < doc.presentation().committee().members().size(); i++) {
            var m = doc.presentation().committee().members().get(i);
            boolean withRole = gold.get("members").get(i) != null && gold.get("members").get(i).has("role");
            got.add(m.name() + "|" + m.party() + (withRole ? "|" + m.role() : ""));
        }
        assertEquals(want, got, seed + " committee members");
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase();
        return n.replaceAll("\\s+", " ").strip().replaceAll("^[.,;:]+|[.,;:]+$", "");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> sectionHeadings(List<Section> sections) {
        return sections.stream().map(Section::heading).toList();
    }
}
