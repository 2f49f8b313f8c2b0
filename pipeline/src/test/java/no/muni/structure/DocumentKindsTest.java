package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;

/**
 * Kinds, titles and dates from the conventions of municipal documents, on examples written in the
 * style of real ones: a transcript's flattened pages, web news, a consultation reply, a column.
 */
class DocumentKindsTest {

    @Test
    void aMinutesTranscriptIsMinutesTitledByItsFormAndUndatedWhenItsDateIsBlank() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 STEINKJER KOMMUNE Møtebok Utvalg: Formannskapet Møtedato: Tidspunkt: 10:00 14:30 Møtested: Rådhuset, \
                møterom 1 Følgende medlemmer møtte: Navn Funksjon Repr Anne Li Leder AP Per Moe Medlem H

                2 Side 2 av 40 Ola Bakken Medlem SP Kari Rønning Medlem SV Fra administrasjonen møtte: Rådmann Berit Hol

                3 Side 3 av 40 Saksnr. Arkivsaksnr. Tittel 21/19 19/1502 BUDSJETT 2020 22/19 19/1633 SALG AV TOMT
                """);
        assertEquals(DocType.MINUTES, doc.docType());
        assertEquals("Møtebok Formannskapet", doc.title());
        assertNull(doc.date());
        assertEquals("Rådhuset, møterom 1", doc.meeting().place());
    }

    @Test
    void aNoticeTranscriptWithItsSakslisteOnPageTwoIsANoticeNotSlides() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 ØSTBYGD KOMMUNE Formannskapet Møte nr. 3/2011 Formannskapet holder møte tirsdag kl på Kommunehuset.                 Dersom du ikke kan møte, må du melde fra til servicetorget. Varamedlemmer innkalles etter nærmere varsel.

                2 SAKSLISTE Utvalgssaksnr. Arkivsaksnr. Tittel 14/11 11/208 GODKJENNING AV PROTOKOLL 15/11 11/97                 KJØP AV BRANNBIL

                3 Sak 14/11 Saksbehandler: Siri Dahl Arkiv: 033 Arkivsaksnr.: 11/208 GODKJENNING AV PROTOKOLL
                """);
        assertEquals(DocType.NOTICE, doc.docType());
    }

    @Test
    void anAuditReportTranscriptWithItsForewordIsAReport() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 FORVALTNINGSREVISJON BARNEVERNTJENESTEN I ØSTBYGD KOMMUNE 2019

                2 FORORD Denne forvaltningsrevisjonen er gjort på oppdrag fra kontrollutvalget. Vi takker alle som har                 bidratt.

                3 INNHOLD Sammendrag Innledning Metode Revisors vurdering

                4 SAMMENDRAG Kommunen har rutiner for meldinger, men fristene holdes ikke alltid.
                """);
        assertEquals(DocType.REPORT, doc.docType());
    }

    @Test
    void aWebPageOfASakAboutAPlanIsACase() {
        DocumentStructure doc = StructureFixtures.structure("""
                Kommunestyret 12.06.19 - sak 41/19 - Økonomiplan 2020-2023 - første behandling

                Saksbehandler: Knut Berge
                Arkivsaknr: 2019/1180

                Saksgang
                Utvalg Møtedato Saksnr.
                Formannskapet 29.05.19 55/19
                Kommunestyret 12.06.19 41/19

                Rådmannens forslag til innstilling:

                Økonomiplanen vedtas.
                """);
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Økonomiplan 2020-2023 - første behandling", doc.title());
    }

    @Test
    void aPolicyCoverGivesTitleAndAdoptionDate() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 KOMMUNEDIREKTØREN BOLIGSOSIAL HANDLINGSPLAN for Nordre Land Vedtatt i kommunestyret 3. mars 2022.

                2 INNHOLD Sammendrag Innledning Mål og strategier Tiltak Økonomi

                3 Sammendrag Planen beskriver hvordan kommunen skal arbeide med boliger for vanskeligstilte. Den bygger på \
                kartlegging og dialog med brukere.

                4 Innledning Kommunestyret ba i 2020 om en ny plan.
                """);
        assertEquals(DocType.POLICY, doc.docType());
        assertEquals("KOMMUNEDIREKTØREN BOLIGSOSIAL HANDLINGSPLAN for Nordre Land", doc.title());
        assertEquals("2022-03-03", String.valueOf(doc.date()));
    }

    @Test
    void webNewsAboutAMeetingIsNews() {
        DocumentStructure doc = StructureFixtures.structure("""
                Nytt fra kommunestyret 7. desember

                Kommunestyret vedtok budsjettet for 2024 og økonomiplanen etter en lang debatt.

                Eiendomsskatt

                Kommunestyret vedtok å beholde eiendomsskatten på dagens nivå. Forslaget fra opposisjonen ble ikke vedtatt.

                Se møtet i opptak på nett-TV.
                """);
        assertEquals(DocType.NEWS, doc.docType());
        assertEquals("Nytt fra kommunestyret 7. desember", doc.title());
        assertNull(doc.meeting());
    }

    @Test
    void aConsultationReplyIsAConsultation() {
        DocumentStructure doc = StructureFixtures.structure("""
                Høringsuttalelse fra Lunner kommune - forslag til endringer i plan- og bygningsloven

                Dato: 14.01.2022

                Lunner kommune viser til høringsbrev av 1. oktober 2021 og gir med dette sin uttalelse.
                """);
        assertEquals(DocType.CONSULTATION, doc.docType());
        assertEquals("2022-01-14", String.valueOf(doc.date()));
    }

    @Test
    void aColumnIsTitledByItsKicker() {
        DocumentStructure doc = StructureFixtures.structure("""
                Ordførerens hjørne i Lokalavisa, mars 2021: Våren er her, og med den kommer mange viktige saker. Vi skal \
                vedta ny kommuneplan, og jeg håper mange vil si sin mening.

                Takk til alle som stiller opp.
                """);
        assertEquals(DocType.OTHER, doc.docType());
        assertEquals("Ordførerens hjørne i Lokalavisa, mars 2021", doc.title());
    }

    @Test
    void aFlattenedCaseHeaderGivesItsSakTitleNotThePageHeader() {
        DocumentStructure doc = StructureFixtures.structure("""
                PS 22/31 Referatsaker Side 12

                Plan og utvikling Referatsak Dato Løpenr Arkivsaksnr Arkiv Saksnummer Utvalg Møtedato 22/31 Planutvalget \
                Orientering Status for arbeidet med kommunedelplan for sentrum Innledning Arbeidet startet i 2021 og går \
                etter planen.
                """);
        assertEquals("Status for arbeidet med kommunedelplan for sentrum", doc.title());
    }

    @Test
    void aStatusDateIsNotTheDocumentsDate() {
        DocumentStructure doc = StructureFixtures.structure("""
                Kort om sakene

                Finansrapport per 30.04.2023

                Rapporten ble tatt til orientering.
                """);
        assertNull(doc.date());
    }

    @Test
    void aPlanTranscriptWithItsTableOfContentsIsAPolicyNotSlides() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 KOMMUNEPLANENS SAMFUNNSDEL Fjellby vil vokse. Rådmannens høringsforslag

                2 2

                3 INNHOLDSFORTEGNELSE FORORD 4 SAMMENDRAG 5 BAKGRUNN Utfordringer 8 PLANDOKUMENT Visjon Samfunnsmål 12 Strategier 20

                4 FORORD Dette er forslaget til kommunens overordnede styringsdokument.
                """);
        assertEquals(DocType.POLICY, doc.docType());
    }

    @Test
    void anAnnualReportTranscriptWithDotLeadersIsAReport() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Fjellby kommune Årsberetning 2019

                2 Innhold Årsberetning... 3 Økonomiske nøkkeltall... 4 Likestilling... 9 Årsrapporter fra enhetene... 12

                3 Skolene Barnehagene Pleie og omsorg

                4 Årsberetning 2019 Kommunen skal hvert år avgi en årsberetning sammen med regnskapet.
                """);
        assertEquals(DocType.REPORT, doc.docType());
    }

    @Test
    void aNynorskConsultationReplyIsAConsultation() {
        DocumentStructure doc = StructureFixtures.structure("""
                Høyringsuttale frå Vestvik kommune

                Formannskapet handsama saka 3. mars 2021 og gjorde dette vedtaket: Vestvik kommune støttar i hovudsak framlegget.
                """);
        assertEquals(DocType.CONSULTATION, doc.docType());
        assertEquals("Høyringsuttale frå Vestvik kommune", doc.title());
    }
}
