package no.muni.structure.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.Meeting;
import no.muni.model.MeetingItem;
import no.muni.model.MeetingMember;
import no.muni.model.Votes;
import no.muni.structure.StructureFixtures;

/** Minutes and notices in the forms the case systems print, clean and flattened by a transcript. */
class MeetingExtractorTest {

    @Test
    void aBlankMeetingDateLeavesTheSignOffDateAsTheDocumentsDateAndADeadlineIsNeither() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Nordvik kommune Møteinnkalling Utvalg: Formannskapet Møtested: Rådhuset Dato: Onsdag Tidspunkt: Kl. 10:00                 Forfall meldes snarest og senest innen 2. mars 2015 til servicetorget. SAKSLISTE Saksnr. Tittel                 11/15 GODKJENNING AV PROTOKOLL 12/15 SALG AV KOMMUNALE BOLIGER Nordvik, 24. februar 2015

                2 Kari Aune ordfører
                """);
        assertEquals(DocType.NOTICE, doc.docType());
        assertNull(doc.meeting().date());
        assertEquals("2015-02-24", String.valueOf(doc.date()));
        assertEquals("10:00", doc.meeting().startTime());
    }

    @Test
    void minutesWithTheirHeaderMembersItemsVotesAndDecisions() {
        DocumentStructure doc = StructureFixtures.structure(StructureFixtures.resource("moteprotokoll-kommunestyret.txt"));
        assertEquals(DocType.MINUTES, doc.docType());
        assertEquals("Møteprotokoll Kommunestyret", doc.title());
        assertEquals("2023-03-14", String.valueOf(doc.date()));
        Meeting meeting = doc.meeting();
        assertEquals("Kommunestyret", meeting.body());
        assertEquals("Kommunestyresalen, rådhuset", meeting.place());
        assertEquals("18:00", meeting.startTime());
        assertEquals("21:45", meeting.endTime());

        assertTrue(meeting.members().contains(new MeetingMember("Kari Sæther", "H", null, true)), meeting.members().toString());
        assertTrue(meeting.members().contains(new MeetingMember("Siri Holm", "Ap", null, false)));
        assertTrue(meeting.members().contains(new MeetingMember("Mona Rye", "Ap", "Varamedlem", true)));
        assertEquals(11, meeting.members().size(), meeting.members().toString());

        assertEquals(List.of("PS 12/23", "PS 13/23", "PS 14/23", "RS 3/23"), meeting.items().stream().map(MeetingItem::number).toList());
        MeetingItem protocol = meeting.items().get(0);
        assertEquals("PS", protocol.kind());
        assertEquals("Godkjenning av protokoll fra møte 14.02.2023", protocol.title());
        assertEquals("2023/00412", protocol.caseNumber());
        assertEquals("Protokoll fra møte 14.02.2023 godkjennes.", protocol.proposal());
        assertEquals("Ingen merknader til protokollen.", protocol.handling());
        assertEquals(new Votes(true, null, null, List.of()), protocol.votes());
        assertEquals("Protokoll fra møte 14.02.2023 godkjennes.", protocol.decision());

        MeetingItem plan = meeting.items().get(1);
        assertEquals(new Votes(false, 28, 7, List.of("FrP", "KrF")), plan.votes(), "the adopted motion's count, not the one that fell");
        assertTrue(plan.decision().startsWith("Kommunestyret vedtar reguleringsplan"), plan.decision());
        assertTrue(plan.handling().contains("utsette saken"), plan.handling());

        assertEquals(new Votes(false, null, 4, List.of("H")), meeting.items().get(2).votes());
        assertEquals("RS", meeting.items().get(3).kind());
        assertNull(meeting.items().get(3).decision());
        assertEquals(List.of("23/00412", "22/01877", "23/00233", "23/00098"), doc.caseNumbers());
    }

    @Test
    void aNoticeWithItsSakslisteTableAndWrappedTitles() {
        DocumentStructure doc = StructureFixtures.structure(StructureFixtures.resource("moteinnkalling-hovedutvalg.txt"));
        assertEquals(DocType.NOTICE, doc.docType());
        assertEquals("Møteinnkalling Hovedutvalg for teknikk og miljø", doc.title());
        Meeting meeting = doc.meeting();
        assertEquals("Hovedutvalg for teknikk og miljø", meeting.body());
        assertEquals("2022-09-07", String.valueOf(meeting.date()));
        assertEquals("09:00", meeting.startTime());
        assertEquals(List.of(
                "Søknad om dispensasjon fra kommuneplanens arealdel for oppføring av naust på gnr. 12 bnr. 4",
                "Trafikksikkerhetsplan 2022-2025 - høring",
                "Vedlikehold av kommunale veger - orientering om status",
                "Referatsaker"), meeting.items().stream().map(MeetingItem::title).toList());
        assertTrue(meeting.items().stream().allMatch(i -> i.decision() == null && i.votes() == null));
        assertEquals(4, doc.caseNumbers().size());
    }

    @Test
    void aTranscriptsFlattenedPageKeepsRowsApartAndReferencesOut() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 MØTEINNKALLING Levekårsutvalget har møte den 03.05.2021 kl. 13:00 i møterom Storsalen. Eventuelle forfall \
                meldes til sekretariatet. SAKSLISTE Saksnr. Arkivsaksnr. Tittel 14/21 21/877 KOMMUNAL BOLIGSOSIAL \
                HANDLINGSPLAN /21 20/2311 TILSKUDD TIL FRIVILLIGSENTRALEN 16/21 21/45 ÅRSMELDING FOR ELDRERÅDET Side 1 av 30

                2 Sak 14/21 KOMMUNAL BOLIGSOSIAL HANDLINGSPLAN Saksbehandler: Hanne Dahl Arkiv: F00 Arkivsaksnr.: 21/877 \
                Innstilling: Planen vedtas. Saken ble omtalt i sak 9/21, se vedlegg.
                """);
        assertEquals(DocType.NOTICE, doc.docType());
        Meeting meeting = doc.meeting();
        assertEquals("Levekårsutvalget", meeting.body());
        assertEquals(List.of("14/21", "/21", "16/21"), meeting.items().stream().map(MeetingItem::number).toList());
        assertEquals(List.of("KOMMUNAL BOLIGSOSIAL HANDLINGSPLAN", "TILSKUDD TIL FRIVILLIGSENTRALEN", "ÅRSMELDING FOR ELDRERÅDET"),
                meeting.items().stream().map(MeetingItem::title).toList());
        assertEquals("Planen vedtas. Saken ble omtalt i sak 9/21, se vedlegg.", meeting.items().get(0).proposal());
        assertEquals(List.of("21/877", "20/2311", "21/45"), doc.caseNumbers());
    }

    @Test
    void aDocumentWithoutAMeetingHasNone() {
        DocumentStructure doc = StructureFixtures.structure("""
                Referat fra dugnaden

                Vi ryddet stranda og samlet 40 sekker søppel. Neste dugnad blir i mai.
                """);
        assertNull(doc.meeting());
        assertFalse(doc.caseNumbers().iterator().hasNext());
        assertNotNull(doc.title());
    }

    @Test
    void aPreparingBodysDecisionIsItsInnstillingToTheCouncil() {
        // Elements: the formannskap's item stamped "FSK- 31/24", its decision an innstilling til kommunestyret
        DocumentStructure doc = StructureFixtures.structure("""
                Møteprotokoll

                Utvalg: Formannskapet
                Møtested: Solberg rådhus, formannskapssalen
                Dato: 02.04.2024
                Tidspunkt: 10:00 - 13:15

                Saksliste

                Saksnr     Arkivsaksnr   Tittel
                PS 31/24   24/1130       Skolebruksplan 2024-2034
                PS 32/24   24/0877       Kommunalt tilskudd til Solberg idrettslag

                PS 31/24 Skolebruksplan 2024-2034

                Innstilling fra Hovedutvalg for oppvekst og kultur:
                1. Kommunestyret vedtar skolebruksplan 2024-2034.

                Behandling i Formannskapet - 02.04.2024
                Geir Olsen (FrP) fremmet forslag om å utsette saken.

                Votering
                Utsettelsesforslaget falt med 1 mot 6 stemmer.
                Innstillingen ble vedtatt med 6 mot 1 stemme (FrP).

                FSK- 31/24 Innstilling til kommunestyret:
                1. Kommunestyret vedtar skolebruksplan 2024-2034.

                PS 32/24 Kommunalt tilskudd til Solberg idrettslag

                Kommunedirektørens innstilling:
                Solberg idrettslag får 200 000 kroner i tilskudd til ny kunstgressbane.

                Behandling i Formannskapet - 02.04.2024
                Votering
                Innstillingen ble enstemmig vedtatt.

                FSK- 32/24 Vedtak:
                Solberg idrettslag får 200 000 kroner i tilskudd til ny kunstgressbane.
                """);
        Meeting meeting = doc.meeting();
        assertEquals("Formannskapet", meeting.body());
        MeetingItem plan = meeting.items().get(0);
        assertEquals("1. Kommunestyret vedtar skolebruksplan 2024-2034.", plan.proposal());
        assertEquals(new Votes(false, 6, 1, List.of("FrP")), plan.votes(), "the innstilling's vote, not the motion that fell");
        assertEquals("1. Kommunestyret vedtar skolebruksplan 2024-2034.", plan.decision(), "the formannskap's innstilling til kommunestyret");
        MeetingItem grant = meeting.items().get(1);
        assertEquals(new Votes(true, null, null, List.of()), grant.votes());
        assertEquals("Solberg idrettslag får 200 000 kroner i tilskudd til ny kunstgressbane.", grant.decision());
    }
}
