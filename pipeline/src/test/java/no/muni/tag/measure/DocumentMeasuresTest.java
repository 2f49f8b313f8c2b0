package no.muni.tag.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Measure;
import no.muni.model.Policy;
import no.muni.tag.OpenNlpEntityTagger;

/** A document's measures: structured ones first, text measures with the organisations the tagger found beside them. */
class DocumentMeasuresTest {

    private static OpenNlpEntityTagger tagger;

    @BeforeAll
    static void loadModels() {
        tagger = OpenNlpEntityTagger.bundled();
    }

    private static Set<String> names(List<Entities.Entity> entities) {
        return entities.stream().map(Entities.Entity::name).collect(Collectors.toSet());
    }

    private static List<Measure> measures(DocumentStructure st) {
        return measures(st, tagger.tag(st));
    }

    private static List<Measure> measures(DocumentStructure st, Entities entities) {
        return DocumentMeasures.merge(st, DocumentMeasures.inText(st), entities);
    }

    @Test
    void measuresCarryAmountStatusAndOrganisations() {
        String text = "Bergen kommune har bevilget 2,5 millioner kroner til prosjektet Sammen om fritid i samarbeid med Kirkens Bymisjon. "
                + "Arbeidet pågår.\nI tillegg er tiltaket «Varm lunsj» vedtatt for 2025.";
        DocumentStructure st = DocumentStructure.untyped("test", text);
        Entities e = tagger.tag(st);
        List<Measure> measures = measures(st, e);
        Measure grant = measures.stream().filter(m -> m.amountNok() != null).findFirst().orElse(null);
        assertNotNull(grant, () -> "measures: " + measures);
        assertEquals(2_500_000L, grant.amountNok());
        assertTrue(grant.organisations().contains("Kirkens Bymisjon"), grant::toString);
        assertTrue(grant.organisations().contains("Bergen kommune"), grant::toString);
        Measure lunch = measures.stream().filter(m -> m.text().equals("Varm lunsj")).findFirst().orElse(null);
        assertNotNull(lunch, () -> "measures: " + measures);
        assertEquals("vedtatt", lunch.status());
        assertTrue(measures.stream().anyMatch(m -> m.text().startsWith("Sammen om fritid")), () -> measures.toString());
        assertEquals(2_500_000L, AmountParser.find(text).get(0).amount().nok());
        assertFalse(names(e.organisations()).contains("Varm lunsj"));
    }


    @Test
    void structuredMeasuresAreKeptFirst() {
        Measure listed = new Measure("Etablere en frivillighetsportal", "4.2", "a", "2024-2027", "Kultur", List.of(), null, null, null);
        DocumentStructure st = DocumentStructure.builder().text("Kommunen skal etablere en frivillighetsportal.")
                .measures(List.of(listed)).build();
        assertEquals(listed, measures(st).get(0));
    }


    @Test
    void goalStrategiesAreMeasures() {
        DocumentStructure st = DocumentStructure.builder().docType(DocType.POLICY).title("Plan").text("Mål og strategier.")
                .policy(Policy.ofGoals(List.of("Oppvekst"), List.of(new Policy.Goal("Oppvekst", "Alle barn skal ha en fritidsaktivitet",
                        List.of("Gratis kulturskole for alle", "Aktivitetskort til barn i lavinntektsfamilier")))))
                .build();
        List<String> measures = measures(st).stream().map(Measure::text).toList();
        assertTrue(measures.containsAll(List.of("Gratis kulturskole for alle", "Aktivitetskort til barn i lavinntektsfamilier")),
                measures::toString);
        assertTrue(measures(st).stream().allMatch(m -> "Oppvekst".equals(m.policyArea())),
                "a strategy keeps its goal's policy area");
    }

    @Test
    void emphasisedInitiativesAreMeasuresAndNotOrganisations() {
        String text = "Biblioteket samarbeider med frivilligsentralen om KAFFE-PRAT kvelder i Tromsø. "
                + "Seniorer er med i Gå-sammen turer, samt strikkekafeer. Planen er omtalt i Kulturplan 2030.";
        DocumentStructure st = DocumentStructure.builder().title("Svar").text(text)
                .emphasis(List.of("KAFFE-PRAT kvelder", "Gå-sammen turer", "Kulturplan 2030")).build();
        Entities e = tagger.tag(st);
        Set<String> measures = measures(st, e).stream().map(Measure::text).collect(Collectors.toSet());
        assertTrue(measures.containsAll(Set.of("KAFFE-PRAT kvelder", "Gå-sammen turer", "strikkekafeer")), measures::toString);
        // emphasis without a sentence naming it as an initiative is a title, not a measure
        assertFalse(measures.contains("Kulturplan 2030"), measures::toString);
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.stream().noneMatch(o -> o.contains("KAFFE") || o.contains("Gå-sammen")), orgs::toString);
    }

    @Test
    void aMeasureIsMergedOnceWhateverListsItAndTheTextRepeatIt() {
        Measure listed = Measure.of("Etablere en frivillighetsportal");
        DocumentStructure st = DocumentStructure.builder()
                .text("I tillegg er tiltaket «Frivillighetsportal» vedtatt. Kommunen driver prosjektet Leksehjelp for alle.")
                .measures(List.of(listed, Measure.of("etablere en Frivillighetsportal")))
                .build();
        List<String> measures = measures(st, Entities.NONE).stream().map(Measure::text).toList();
        assertEquals(List.of("Etablere en frivillighetsportal", "Leksehjelp for alle"), measures);
    }
}
