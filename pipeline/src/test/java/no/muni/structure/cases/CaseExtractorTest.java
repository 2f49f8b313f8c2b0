package no.muni.structure.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.CaseInfo;
import no.muni.model.CaseRoute;
import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.MeetingItem;
import no.muni.structure.StructureFixtures;

/** Case documents as Elements and ACOS print them: a clean saksframlegg, a flattened one, a case protocol. */
class CaseExtractorTest {

    @Test
    void aSaksframleggWithItsSaksgangRecommendationAndAttachments() {
        DocumentStructure doc = StructureFixtures.structure(StructureFixtures.resource("saksframlegg-rusforebygging.txt"));
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Handlingsplan for rusforebyggende arbeid blant ungdom 2023-2026", doc.title());
        CaseInfo info = doc.caseInfo();
        assertEquals("2022/03117", info.caseNumber());
        assertEquals("Ingrid Haug", info.officer());
        assertEquals("FA-F40", info.archiveCode());
        assertEquals(List.of(
                new CaseRoute("Hovedutvalg for helse og omsorg", "31/22", LocalDate.of(2022, 10, 10)),
                new CaseRoute("Formannskapet", "88/22", LocalDate.of(2022, 10, 19)),
                new CaseRoute("Kommunestyret", "104/22", LocalDate.of(2022, 11, 2))), info.route());
        assertTrue(info.recommendation().startsWith("1. Kommunestyret vedtar Handlingsplan"), info.recommendation());
        assertEquals(List.of("Handlingsplan for rusforebyggende arbeid blant ungdom 2023-2026", "Høringsuttalelse fra ungdomsrådet"),
                info.attachments());
        assertEquals(List.of("22/03117"), doc.caseNumbers(), "the case; the document number stays in its reference");
        assertEquals(4, doc.caseRefs().getFirst().document());
        assertNull(doc.meeting(), "a saksframlegg's saksgang names meetings to come, not one held");
    }

    @Test
    void aWebPageOfASakIsACaseTitledByWhatFollowsItsSakNumber() {
        DocumentStructure doc = StructureFixtures.structure("""
                Hovedutvalg for teknikk 07.02.19 - sak 9/19 - Navnsetting av veier i Bjørkåsen boligfelt

                Saksbehandler: Randi Solstad
                Arkivsaknr: 2018/4471

                Saksgang
                Utvalg Møtedato Saksnr.
                Hovedutvalg for teknikk 07.02.19 9/19

                Kommunedirektørens forslag til vedtak:

                Veiene i Bjørkåsen får navnene Lyngveien og Einerveien.
                """);
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Navnsetting av veier i Bjørkåsen boligfelt", doc.title());
        assertEquals("2018/4471", doc.caseNumbers().getFirst());
    }

    @Test
    void anArchiveNumberOrReferenceLabelNamesTheCaseButAnArchiveCodeDoesNot() {
        DocumentStructure doc = StructureFixtures.structure("""
                Saksframlegg

                Saksansvarleg: Oddny Haugen Arkiv: K1-210 Arkivnr.: 17/388
                Arkivref. 2017/1204 Saksbehandler: Per Lund Arkivnr.: 033

                Kjøp av tenester til skulen
                """);
        assertEquals(List.of("17/388", "2017/1204"), doc.caseNumbers());
    }

    @Test
    void aCaseProtocolIsTitledByItsTitleField() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Saksprotokoll Utvalg: Bystyret Møtedato: Sak: PS 88/19 Resultat: Innstilling vedtatt Arkivsak: 19/2210                 Tittel: SP: HANDLINGSPROGRAM FOR TRAFIKKSIKKERHET 2020-2023 Bystyrets behandling: Forslaget ble enstemmig                 vedtatt.
                """);
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("SP: HANDLINGSPROGRAM FOR TRAFIKKSIKKERHET 2020-2023", doc.title());
        assertEquals(List.of("19/2210"), doc.caseNumbers());
    }

    @Test
    void aFlattenedSaksframleggWithTheNumberBeforeTheBody() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Saksframlegg Saksbehandler: Tor Ivar Lie Arkiv: 033 U01 Arkivsaksnr.: 21/2207 Saksnr.: Utvalg Møtedato \
                45/21 Formannskapet 08.06.2021 /21 Kommunestyret Innstilling: Kommunestyret godkjenner ny vedtekt for \
                kommunens næringsfond. Saksopplysninger: Dagens vedtekter er fra 2012.
                """);
        assertEquals(DocType.CASE, doc.docType());
        CaseInfo info = doc.caseInfo();
        assertEquals("2021/02207", info.caseNumber());
        assertEquals("Tor Ivar Lie", info.officer());
        assertEquals("033 U01", info.archiveCode());
        assertEquals(List.of(new CaseRoute("Formannskapet", "45/21", LocalDate.of(2021, 6, 8)),
                new CaseRoute("Kommunestyret", "/21", null)), info.route());
        assertEquals("Kommunestyret godkjenner ny vedtekt for kommunens næringsfond.", info.recommendation());
    }

    @Test
    void aCaseProtocolCarriesTheDecisionOfItsMeeting() {
        DocumentStructure doc = StructureFixtures.structure("""
                Særutskrift

                Arkivsaksnr.: 23/00518-6
                Saksbehandler: Lene Fossum

                Saksgang            Møtedato    Saknr
                Formannskapet       05.09.2023  77/23

                Fastsetting av gebyrer for byggesaker 2024

                Formannskapet 05.09.2023 sak 77/23

                Behandling
                Forslaget fra kommunedirektøren ble lagt fram.

                Votering
                Enstemmig vedtatt.

                FSK-77/23 Vedtak:
                Gebyrene for byggesaker økes med 3,5 prosent fra 1. januar 2024.
                """);
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Fastsetting av gebyrer for byggesaker 2024", doc.title());
        MeetingItem item = doc.meeting().items().stream().filter(i -> i.decision() != null).findFirst().orElseThrow();
        assertEquals("Gebyrene for byggesaker økes med 3,5 prosent fra 1. januar 2024.", item.decision());
        assertTrue(item.votes().unanimous());
        assertEquals("Formannskapet", doc.meeting().body());
    }

    @Test
    void anAcosHeaderOnOneLineWithTheDateRightAligned() {
        DocumentStructure doc = StructureFixtures.structure(StructureFixtures.resource("saksframlegg-websak-skolebruksplan.txt"));
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("SKOLEBRUKSPLAN 2024-2034", doc.title());
        assertEquals(LocalDate.of(2024, 3, 4), doc.date());
        CaseInfo info = doc.caseInfo();
        assertEquals("2024/01130", info.caseNumber());
        assertEquals("Per Olav Nesse", info.officer());
        assertEquals("A20, &13", info.archiveCode());
        assertEquals(List.of(
                new CaseRoute("Hovedutvalg for oppvekst og kultur", "12/24", LocalDate.of(2024, 3, 19)),
                new CaseRoute("Formannskapet", "31/24", LocalDate.of(2024, 4, 2)),
                new CaseRoute("Kommunestyret", "28/24", LocalDate.of(2024, 4, 18))), info.route());
        assertTrue(info.recommendation().startsWith("1. Kommunestyret vedtar skolebruksplan 2024-2034."), info.recommendation());
        assertEquals(List.of("Skolebruksplan 2024-2034, høringsutkast", "Høringsuttalelser fra foreldrerådene"), info.attachments());
        assertEquals(List.of("24/1130"), doc.caseNumbers());
        assertEquals("24/1130-2", doc.caseRefs().getFirst().written());
    }

    @Test
    void anElementsHeaderWithoutColonsAndANumberedSaksgang() {
        DocumentStructure doc = StructureFixtures.structure(StructureFixtures.resource("saksframlegg-elements-havn.txt"));
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Reguleringsplan for Nordre havn - andre gangs behandling", doc.title());
        CaseInfo info = doc.caseInfo();
        assertEquals("2023/01544", info.caseNumber());
        assertEquals("Maren Kildahl", info.officer());
        assertNull(info.archiveCode(), "'---' is no archive code");
        assertEquals(List.of(
                new CaseRoute("Utvalg for plan og miljø", "41/23", LocalDate.of(2023, 10, 30)),
                new CaseRoute("Formannskapet", "96/23", LocalDate.of(2023, 11, 7)),
                new CaseRoute("Kommunestyret", "101/23", LocalDate.of(2023, 11, 23))), info.route());
        assertEquals("Kommunestyret vedtar reguleringsplan for Nordre havn med plankart og bestemmelser datert 12.10.2023.",
                info.recommendation());
        assertNull(doc.meeting());
    }
}
