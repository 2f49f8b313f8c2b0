package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.DocumentStructure;

/**
 * Titles and dates where plans, reports, web pages and published consultation replies put them, as transcripts of their PDFs
 * and pages give them (invented examples in the style of real ones).
 */
class CoverConventionsTest {

    @Test
    void aFlattenedReportCoverGivesItsTitleInCapitalsAndTheCouncilsAdoptionDate() {
        DocumentStructure doc = StructureFixtures.structure("""
                Page 1

                Elevar ved Sjøvik skule på tur til fjells i mai.

                (Foto: Per Hansen)

                ÅRSMELDING 2023 ________________ NORDBY KOMMUNE Tinghuset, Kaivegen 4 5999 Nordby Tlf.: 55 00 11 22 Faks: 55 00 11 23 E-post: post@nordby.kommune.no Handsama i formannskapet: 28.05.2024 Vedteke av kommunestyret: 13.06.2024 Sak: PS 41/2024


                ÅRSMELDING 2023 Side 2 (54)

                INNHALD Føreord .......... 3 Organisasjon .......... 4
                """);
        assertEquals("ÅRSMELDING 2023 NORDBY KOMMUNE", doc.title());
        assertEquals("2024-06-13", String.valueOf(doc.date()));
        assertEquals(List.of(), doc.caseNumbers(), "the council's sak number is no archive case");
        assertTrue(doc.text().contains("Tinghuset, Kaivegen 4"), "a cover is the document's first page, not a letterhead to drop");
    }

    @Test
    void aBokmalReportCoverWithItsAddressAndAdoption() {
        DocumentStructure doc = StructureFixtures.structure("""
                Fra åpningen av den nye brannstasjonen.

                Foto: Kari Lund

                ÅRSRAPPORT 2022 VESTVIK KOMMUNE Rådhusgata 2, 8999 Vestvik Telefon 75 00 00 00 www.vestvik.kommune.no Behandlet i formannskapet 02.05.2023 Vedtatt av kommunestyret 16.05.2023

                Rådmannens innledning
                """);
        assertEquals("ÅRSRAPPORT 2022 VESTVIK KOMMUNE", doc.title());
        assertEquals("2023-05-16", String.valueOf(doc.date()));
    }

    @Test
    void aPlanCoverSetAsAPageBulletKeepsItsPeriodAndIsDatedByItsAdoption() {
        DocumentStructure doc = StructureFixtures.structure("""
                  • SOLVANG KOMMUNEPLAN

                    2022 – 2034 Vedtatt av Solvang kommunestyre 15.09.2022

                    Trygg og grønn

                  • Solvang kommuneplan 2022-34. Vedtatt av kommunestyret 15.09.2022.

                    2

                    Innhold

                    1. Innledning ....................................3

                    2. Visjon og verdier ...........................4
                """);
        assertEquals("SOLVANG KOMMUNEPLAN 2022 – 2034", doc.title());
        assertEquals("2022-09-15", String.valueOf(doc.date()));
    }

    @Test
    void theHeadingOfATableOfContentsIsNoTitle() {
        DocumentStructure doc = StructureFixtures.structure("""
                Innhald

                1. Innleiing .......... 3

                Planen skal gje retning for arbeidet med folkehelse i perioden.
                """);
        assertTrue(doc.title() == null || !doc.title().equals("Innhald"), String.valueOf(doc.title()));
    }

    @Test
    void aWebNewsPageIsDatedByItsPublicationNotItsLastUpdate() {
        DocumentStructure doc = StructureFixtures.structure("""
                Nye opningstider på biblioteket
                Frå 1. februar får biblioteket lengre opningstid på torsdagar.
                Sist oppdatert: 14.02.2025 09:12 | Publisert: 20.01.2025 10:01:44
                Biblioteket har fått mange ønske om kveldsope, og no prøver vi det ut.
                """);
        assertEquals("Nye opningstider på biblioteket", doc.title());
        assertEquals("2025-01-20", String.valueOf(doc.date()));
    }

    @Test
    void aHeadlineAboveAPhotoCreditIsStillTheTitle() {
        DocumentStructure doc = StructureFixtures.structure("""
                Ny gang- og sykkelveg opnar

                Foto: Kari Lund

                Den nye vegen langs fjorden blir opna for trafikk fredag.
                """);
        assertEquals("Ny gang- og sykkelveg opnar", doc.title());
    }

    @Test
    void aNewsPageWithItsPublicationAtTheFoot() {
        DocumentStructure doc = StructureFixtures.structure("""
                Vegarbeid i sentrum neste veke

                Det blir stengt for gjennomkøyring i Storgata frå måndag. Omkøyring er skilta.

                Publisert: 03.10.2022 08:00:00
                Sist endret: 05.10.2022 14:12
                """);
        assertEquals("2022-10-03", String.valueOf(doc.date()));
    }

    @Test
    void aPublishedConsultationReplyIsTitledAndDatedByItsFlattenedHeader() {
        DocumentStructure doc = StructureFixtures.structure("""
                Høringssvar fra Nordby kommune om endringer i plan- og bygningsloven Dato: 04.03.2022 Svartype: Med merknad Kommunestyrets vedtak: Nordby kommune støtter forslaget om enklere regler for mindre tiltak. Kommunen ber om at fristene for behandling ikke kortes ned.
                """);
        assertEquals("Høringssvar fra Nordby kommune om endringer i plan- og bygningsloven", doc.title());
        assertEquals("2022-03-04", String.valueOf(doc.date()));
    }
}
