package no.muni.tag.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import no.muni.model.Measure;
import org.junit.jupiter.api.Test;

class MeasureExtractorTest {

    private static Measure containing(List<MeasureExtractor.Found> found, String word) {
        return found.stream().map(MeasureExtractor.Found::measure)
                .filter(m -> m.text().toLowerCase().contains(word.toLowerCase()))
                .findFirst().orElse(null);
    }

    @Test
    void namedInitiativesInEmphasisQuotesAndAfterCueNouns() {
        String text = "Tromsø kommune viderefører tiltaket *Aktiv fritid* for barn i lavinntektsfamilier.\n"
                + "Biblioteket arrangerer «Språkkafé» hver onsdag.\n"
                + "Gjennom prosjektet Trygg hjemme for eldre får seniorer hjelp i hjemmet.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        assertNotNull(containing(found, "Aktiv fritid"));
        assertNotNull(containing(found, "Språkkafé"));
        Measure project = containing(found, "Trygg hjemme");
        assertNotNull(project);
        assertEquals("Trygg hjemme for eldre", project.text());
    }

    @Test
    void allocationCarriesItsAmountAndStatus() {
        String text = "I 2024 er det bevilget 1,5 millioner kroner til Fritidskortet i Bergen. Ordningen er vedtatt av bystyret.";
        Measure m = containing(MeasureExtractor.find(text), "1,5 millioner");
        assertNotNull(m);
        assertEquals(1_500_000L, m.amountNok());
    }

    @Test
    void statusIsReadFromTheSentence() {
        assertEquals("pågår", MeasureExtractor.status("Arbeidet med tiltaket pågår."));
        assertEquals("planlagt", MeasureExtractor.status("Det er planlagt en ny møteplass."));
        assertEquals("vedtatt", MeasureExtractor.status("Bystyret vedtok ordningen i juni."));
        assertEquals("gjennomført", MeasureExtractor.status("Kurset ble gjennomført i mars."));
        assertNull(MeasureExtractor.status("Kristiansand er en by."));
    }

    @Test
    void proposalsInMinutesArePlanned() {
        String text = "- En felles frivillighetsportal kunne etableres for hele regionen.\n- Været var fint.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        Measure m = containing(found, "frivillighetsportal");
        assertNotNull(m);
        assertEquals("planlagt", m.status());
        assertTrue(found.stream().noneMatch(f -> f.measure().text().contains("Været")));
    }

    @Test
    void emphasisNamesAnInitiativeOnlyWithACue() {
        String text = "Kommunen driver Lesevenn i skolene. Se også Handlingsplan for kultur.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text, List.of("Lesevenn", "Handlingsplan for kultur"));
        Measure m = containing(found, "Lesevenn");
        assertNotNull(m);
        assertEquals("Lesevenn", m.text());
        assertNull(containing(found, "Handlingsplan"));
        MeasureExtractor.Found f = found.get(0);
        assertEquals("Lesevenn", text.substring(f.nameStart(), f.nameEnd()));
    }

    @Test
    void aNoteProposingOneForEachUnitIsAPlannedMeasure() {
        String text = "- En helsesykepleier på hver ungdomsskole.\n- En god dialog er viktig.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        Measure m = containing(found, "helsesykepleier");
        assertNotNull(m);
        assertEquals("planlagt", m.status());
        assertNull(containing(found, "god dialog"));
    }
}
