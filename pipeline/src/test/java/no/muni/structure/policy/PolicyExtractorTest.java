package no.muni.structure.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.DocumentStructure.Section;
import no.muni.model.Measure;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Policy.Decision;
import no.muni.model.Policy.Goal;
import no.muni.model.Policy.Principle;
import no.muni.structure.StructureFixtures;

class PolicyExtractorTest {
    @Test
    void seedPlatformMatchesTheGold() {
        JsonNode gold = StructureFixtures.gold("003_");
        DocumentStructure policy = StructureFixtures.structure(StructureFixtures.seed("003_"));
        assertEquals(gold.get("docType").asText(), policy.docType().code());

        JsonNode decision = gold.get("decision");
        assertEquals(new Decision(decision.get("body").asText(), LocalDate.parse(decision.get("date").asText())),
                policy.policy().decision());
        List<String> sections = new ArrayList<>();
        gold.get("sections").forEach(s -> sections.add(s.get("number").asText() + " " + s.get("heading").asText()));
        assertEquals(sections, policy.sections().stream().map(s -> s.number() + " " + s.heading()).toList());
        assertEquals(texts(gold.get("principles")), policy.policy().principles().stream().map(Principle::section).toList());
        policy.policy().principles().forEach(p -> assertTrue(!p.text().startsWith("Prinsipp"), p.text()));

        JsonNode platform = gold.get("platformMeasures");
        assertEquals(platform.get("count").asInt(), policy.measures().size());
        for (JsonNode item : platform.get("items")) {
            String[] ref = item.get("ref").asText().split(" ");
            List<String> keywords = texts(item.get("keywords"));
            Measure measure = policy.measures().stream()
                    .filter(m -> keywords.stream().allMatch(k -> lower(m.text()).contains(lower(k))))
                    .findFirst().orElseThrow(() -> new AssertionError("no measure with " + keywords));
            assertEquals(ref[0], measure.section(), measure.text());
            assertEquals(ref[1], measure.item(), measure.text());
            assertEquals(platform.get("period").asText(), measure.period());
        }

        JsonNode table = gold.get("strategyTable");
        assertEquals(table.get("rows").asInt(), policy.policy().goals().size());
        assertEquals(texts(table.get("areas")), policy.policy().goals().stream().map(Goal::area).toList());
        policy.policy().goals().forEach(g -> assertEquals(1, g.strategies().size(), g.goal()));
        assertEquals(texts(gold.get("references")), policy.references());
    }

    @Test
    void volunteeringPolicyFromRingsaker() {
        DocumentStructure policy = StructureFixtures.structure(StructureFixtures.resource("frivillighetsmelding-ringsaker.txt"));
        assertEquals(DocType.POLICY, policy.docType());

        assertEquals(new Decision("Kommunestyret", LocalDate.of(2019, 12, 12)), policy.policy().decision());
        assertEquals(LocalDate.of(2019, 12, 12), policy.date(), "a policy without another date dates from its adoption");
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), policy.sections().stream().map(Section::number).toList(),
                "the numbered list inside section 3 opens no sections");
        assertEquals("Samarbeid med kommunale tjenester", policy.sections().get(2).heading());
        assertTrue(policy.sections().get(2).text().contains("Leksehjelp ved biblioteket"));
        assertEquals(List.of(
                new Principle("2.1", "Lag og foreninger skal ha tilgang til egnede lokaler til en pris de kan bære."),
                new Principle("3.1", "Frivillig innsats er et supplement til, og ikke en erstatning for, kommunale tjenester."),
                new Principle("4.1", "Tilskuddsordningene skal være enkle, forutsigbare og likebehandle søkerne.")),
                policy.policy().principles());
        assertEquals(List.of("2.2 a", "2.2 b", "2.2 c", "3.2 a", "3.2 b", "4.2 a", "4.2 b"),
                policy.measures().stream().map(m -> m.section() + " " + m.item()).toList());
        policy.measures().forEach(m -> assertEquals("2020-2023", m.period()));
        assertEquals("Kommunen inngår samarbeidsavtaler med Moelv Frivilligsentral og Brumunddal Frivilligsentral.",
                policy.measures().get(4).text());
        assertEquals(List.of(
                new Goal("Barn og unge", "Alle barn og unge skal kunne delta i minst én fritidsaktivitet.",
                        List.of("Fritidskortet videreføres. Utstyrssentralen utvides.")),
                new Goal("Folkehelse", "Flere voksne er fysisk aktive i nærmiljøet.",
                        List.of("Merke og vedlikeholde turstier i samarbeid med lagene.")),
                new Goal("Inkludering", "Nye innbyggere blir raskt kjent med lag og foreninger.",
                        List.of("Informasjon om frivillige tilbud på flere språk."))),
                policy.policy().goals());
        assertEquals(List.of("Ringsaker 2030 – sammen om framtida"), policy.references(),
                "an emphasised word that follows no document kind is no reference");
    }

    /** PDF text arrives as paragraphs; an item broken by a page end continues after the page break. */
    @Test
    void measureItemContinuedOnTheNextPage() {
        DocumentStructure.Builder builder = DocumentStructure.builder().title("Kulturplan");
        new PolicyExtractor().extract(List.of(
                new Paragraph("1. Kultur for alle"),
                new Paragraph("1.2. Tiltak i planperioden 2024–2027:"),
                new Paragraph("a) Kommunen åpner\nbiblioteket på søndager i"),
                new PageBreak(3),
                new Paragraph("vinterhalvåret."),
                new Paragraph("b) Kulturskolen får venteliste-garanti."),
                new Paragraph("Planen evalueres i 2027.")), builder);

        assertEquals(List.of(
                new Measure("Kommunen åpner biblioteket på søndager i vinterhalvåret.", "1.2", "a", "2024-2027", null,
                        List.of(), null, null, null),
                new Measure("Kulturskolen får venteliste-garanti.", "1.2", "b", "2024-2027", null, List.of(), null, null, null)),
                builder.build().measures());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
