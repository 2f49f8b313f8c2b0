package no.muni.structure.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The labels that say what a date is to the document, in Bokmål and Nynorsk, inside flattened text. */
class DateLabelsTest {

    @Test
    void theCouncilsAdoptionOnACoverNotTheCommitteeStepBeforeIt() {
        assertEquals("2024-06-13", adopted("ÅRSMELDING 2023 Handsama i formannskapet: 28.05.2024 Vedteke av kommunestyret: 13.06.2024 Sak: PS 41/2024"));
        assertEquals("2022-09-15", adopted("2022 – 2034 Vedtatt av Solvang kommunestyre 15.09.2022"));
        assertEquals("2021-03-03", adopted("Trafikksikkerhetsplan. Godkjent i bystyret 3. mars 2021."));
        assertEquals("2019-12-12", adopted("ØKONOMIPLAN 2020-2023 VEDTATT AV HERREDSSTYRET DEN 12.12.2019"));
        assertEquals("2019-06-12", adopted("Temaplan for idrett og friluftsliv Vedtatt: 12.06.2019"));
        assertEquals("none", adopted("Saken gjelder planen som ble vedtatt av kommunestyret 12.03.2019."));
        assertEquals("none", adopted("Behandlet i formannskapet 02.05.2023"));
        assertEquals("none", adopted("Planen ble vedtatt av kommunestyret i fjor, og rulleres 01.03.2025."));
    }

    @Test
    void aWebPageIsDatedByItsPublicationNotItsLastEdit() {
        assertEquals("2025-01-20", String.valueOf(DateLabels.published("Sist oppdatert: 14.02.2025 09:12 | Publisert: 20.01.2025 10:01:44").orElse(null)));
        assertEquals("2023-08-02", String.valueOf(DateLabels.published("Publisert 02.08.2023 Sist endret 03.08.2023").orElse(null)));
        assertEquals(Optional.empty(), DateLabels.published("Veilederen ble publisert 02.08.2023 av direktoratet."));
        assertEquals("2021-03-12", String.valueOf(DateLabels.published("Opprettet: 12.03.2021 Endret: 15.03.2021").orElse(null)));
        assertEquals("2025-01-20", String.valueOf(NorwegianDates.first(
                DateLabels.withoutEdits("Nyhet Sist oppdatert: 14.02.2025 09:12 | Publisert: 20.01.2025")).orElse(null)));
        assertEquals(Optional.empty(), NorwegianDates.first(DateLabels.withoutEdits("Skulerute Sist endra: 3.9.2024")));
    }

    @Test
    void aDateLabelInsideAFlattenedHeaderButNotTheOtherPartysDate() {
        assertEquals(Optional.of(java.time.LocalDate.of(2022, 3, 4)),
                DateLabels.labelled("Høringssvar fra Nordby kommune om endringer i plan- og bygningsloven Dato: 04.03.2022 Svartype: Med merknad"));
        assertEquals(Optional.of(java.time.LocalDate.of(2022, 3, 4)),
                DateLabels.labelled("Vår ref.: 22/118-3 Deres dato: 01.02.2022 Dato: 04.03.2022"));
        assertEquals(Optional.empty(), DateLabels.labelled("Møtedato: 04.03.2022 Møtestad: Kommunehuset"));
        assertEquals(Optional.of(java.time.LocalDate.of(2023, 11, 22)), DateLabels.labelled("MØTEINNKALLING Dato: onsdag 22. november 2023 Stad: Rådhuset"));
        assertEquals(Optional.empty(), DateLabels.labelled("Dato: kl. 12:00 Stad: Rådhuset"));
    }

    private static String adopted(String text) {
        return DateLabels.adopted(text).map(String::valueOf).orElse("none");
    }
}
