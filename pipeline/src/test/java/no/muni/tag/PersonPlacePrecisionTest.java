package no.muni.tag;

import static no.muni.tag.Tagging.names;
import static no.muni.tag.Tagging.tag;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import no.muni.model.Entities;
import org.junit.jupiter.api.Test;

/** Issue #13 item 2: persons need a name's shape, places must be places; on fixtures written for the test. */
class PersonPlacePrecisionTest {

    @Test
    void initialsBeforeOrdinaryNounsAndOrdinaryWordsAreNoPersons() {
        Entities e = tag("""
                Plan for B. Kommunedeler og C. Tettsteder
                Eks Fjel
                Saken ble lagt fram av Kari Nordmann og Odd A. Lund.""");
        Set<String> persons = names(e.persons());
        assertFalse(persons.stream().anyMatch(p -> p.contains("Kommunedeler") || p.contains("Tettsteder")), persons::toString);
        assertFalse(persons.contains("Eks Fjel"), persons::toString);
        assertTrue(persons.contains("Kari Nordmann"), persons::toString);
    }

    @Test
    void ordinaryWordsCapitalisedInHeadingsAreNoPlaces() {
        Entities e = tag("""
                Sterk
                Dialog
                Eldre
                Arena for samhandling
                Tiltak for Eldre i Arena Sterk Dialog
                Møtet holdes i Tromsø og Bodø.""");
        Set<String> places = names(e.places());
        for (String word : List.of("Sterk", "Dialog", "Eldre", "Arena")) {
            assertFalse(places.contains(word), () -> word + " in " + places);
        }
        assertTrue(places.containsAll(Set.of("Tromsø", "Bodø")), places::toString);
    }
}
