package no.muni.tag.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void proposalsInMinutesAreProposedNotPlanned() {
        String text = "- En felles frivillighetsportal kunne etableres for hele regionen.\n- Været var fint.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        Measure m = containing(found, "frivillighetsportal");
        assertNotNull(m);
        assertEquals("foreslått", m.status(), "the note proposes it; nobody has planned it yet");
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
        assertEquals("foreslått", m.status());
        assertNull(containing(found, "god dialog"));
    }

    /**
     * Notes from a dialogue meeting in the style of a group summary (Innspill fra gruppene): precision
     * over what minutes write. Proposals of actions, initiatives or periods are measures; wishes for a
     * quality, worries and quoted manners of speaking are not, and no status is invented.
     */
    @Test
    void wishesWorriesAndQuotedWordsAreNoMeasures() {
        String text = """
                Innspill fra gruppe 2
                - Lag og foreninger er bekymret for økonomien, de trenger forutsigbare tilskudd.
                - Trenger en tydeligere rolle for ungdomsrådet.
                - Trenger bedre dialog med kommunen.
                - Det bør etableres en felles utlånssentral for sportsutstyr.
                - Trenger et frivillighetstreff to ganger i året.
                - Foreslår at kommunen arrangerer en årlig frivillighetsfest.
                - Det er viktig at ingen skal «eie» prosessen, og at det ikke er «berøringsangst».
                - Bibliotekets «Leseombud» ble nevnt som et godt eksempel.
                - Kommunen bør ha en ansvarlig for hver bydel.
                """;
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        List<String> texts = found.stream().map(f -> f.measure().text()).toList();
        assertNull(containing(found, "bekymret"), texts.toString());
        assertNull(containing(found, "ungdomsrådet"), texts.toString());
        assertNull(containing(found, "bedre dialog"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.equals("eie") || t.equals("berøringsangst")), texts.toString());
        assertEquals("foreslått", containing(found, "utlånssentral").status());
        assertNotNull(containing(found, "frivillighetstreff"), texts.toString());
        assertEquals("foreslått", containing(found, "frivillighetsfest").status());
        assertNotNull(containing(found, "Leseombud"), texts.toString());
        assertNull(containing(found, "Leseombud").status(), "nothing stated about it");
        assertEquals(5, found.size(), "precision: exactly the five proposals and the named initiative: " + texts);
    }

    @Test
    void questionsAskAndStateNoMeasure() {
        assertTrue(MeasureExtractor.isQuestion("Hvordan kan vi nå flere unge?"));
        assertTrue(MeasureExtractor.isQuestion("- Hva inviteres innbyggerne til å medvirke om – er de informert"));
        assertFalse(MeasureExtractor.isQuestion("Skolemat med fokus på sunn kost (gratis?) for alle elever"));
        assertTrue(MeasureExtractor.find("Hva mener rådet om grepene i «Frivillighetsløftet»?").isEmpty());
    }

    @Test
    void statusIsOnlyWhatTheSentenceStates() {
        String text = "Kommunen driver prosjektet Trygg i bydelen. Bystyret har vedtatt prosjektet Ung fritid.";
        List<MeasureExtractor.Found> found = MeasureExtractor.find(text);
        assertNull(containing(found, "Trygg i bydelen").status());
        assertEquals("vedtatt", containing(found, "Ung fritid").status());
    }
}
