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
    void theRangeOfSakerAProtocolHandledIsNoItemWithAnArchiveCase() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 NORDVIK KOMMUNE MØTEPROTOKOLL Kommunestyre Møtested: Rådhuset Møtedato: Tid: 18:00 21:10                 Behandlede saker: 12/14 27/14 Underskrifter: Vi bekrefter at møteboken er ført i samsvar med det som ble bestemt.
                """);
        assertEquals(DocType.MINUTES, doc.docType());
        assertEquals(List.of(), doc.caseNumbers());
    }

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

    @Test
    void aNynorskNoticeNamesItsBodyUnderUtvalAndIsDatedByTheLeadersSignOff() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Vestvik kommune MØTEINNKALLING Utval: VALSTYRE Møtestad: Kommunestyresalen Møtedato: Kl. 18:00 Eventuelt forfall \
                skal meldast til servicetorget. SAKLISTE Sak nr. Saktittel 004/19 Godkjenning av møtebok /19 Referatsaker \
                006/19 Val av røystestyre Nordbø, 2. mai 2019 Ola Nordmann Leiar Side 1 av 1
                """);
        assertEquals(DocType.NOTICE, doc.docType());
        assertEquals("Valstyre", doc.meeting().body());
        assertEquals("MØTEINNKALLING Valstyre", doc.title());
        assertEquals("2019-05-02", String.valueOf(doc.date()));
        assertEquals(List.of("004/19", "006/19"), doc.meeting().items().stream().map(MeetingItem::number).toList());
        assertEquals("Godkjenning av møtebok", doc.meeting().items().get(0).title(), "the row whose number lost its digits ends the title");
    }

    @Test
    void nynorskBodiesAreBodies() {
        DocumentStructure council = StructureFixtures.structure("""
                1 FJORDBU HERAD FJORDBU HERADSSTYRE MØTEPROTOKOLL Dato: Kl.: 10:00-15:00 Stad: Fjordbu rådhus Saknr.: 030/18-034/18
                """);
        assertEquals("Heradsstyre", council.meeting().body());
        assertEquals("Fjordbu rådhus", council.meeting().place());
        DocumentStructure joint = StructureFixtures.structure("""
                1 Møtedato: Møtestad: Rådhuset Møtetid: 10:00-14:00 Møtebok for Fellesnemnd Sakliste Saknr Tittel \
                011/18 Godkjenning av innkalling 012/18 Namn på den nye kommunen
                """);
        assertEquals("Fellesnemnd", joint.meeting().body());
        DocumentStructure control = StructureFixtures.structure("""
                1 Vestvik kommune Møteinnkalling Utvalg: Kontrollutvalet Møtestad: Møterom 2 Dato: Tidspunkt: 09:00 \
                Saksliste PS 5/20 Godkjenning av innkalling og sakliste PS 6/20 Plan for forvaltningsrevisjon
                """);
        assertEquals("Kontrollutvalet", control.meeting().body());
        assertEquals("Møteinnkalling Kontrollutvalet", control.title());
    }

    @Test
    void yearFirstItemNumbersWithTheArchiveColumnAfterTheTitle() {
        // an Elements saksliste: the columns "Utvalgssaksnr Innhold Arkivsaksnr" flattened, numbers written "PS 2019/21"
        DocumentStructure doc = StructureFixtures.structure("""
                1 Fjellby kommune Møteinnkalling Utvalg: Hovedutvalg for miljø Møtested: Møterom 3 Dato: Tidspunkt: 17:00 Side 1

                2 Saksliste Innhold Unntatt offentlighet Utvalgssaksnr Arkivsaksnr Side nr. PS 2019/21 Godkjenning av innkalling \
                PS 2019/22 Oppfølging av vedtak i sak PS 2019/11 - Strøing av gang- og sykkelveier 2019/804 PS 2019/23 Nye \
                benker i bysentrum 2018/3311 Kari Dal utvalgsleder Side 2
                """);
        Meeting meeting = doc.meeting();
        assertEquals(List.of("PS 2019/21", "PS 2019/22", "PS 2019/23"), meeting.items().stream().map(MeetingItem::number).toList());
        assertEquals("Oppfølging av vedtak i sak PS 2019/11 - Strøing av gang- og sykkelveier", meeting.items().get(1).title());
        assertEquals("Nye benker i bysentrum", meeting.items().get(2).title());
        assertEquals("2019/00804", meeting.items().get(1).caseNumber());
        assertEquals(List.of("2019/804", "2018/3311"), doc.caseNumbers(), "the reference to sak PS 2019/11 is no case");
    }

    @Test
    void referatsakerAreASeriesOfTheirOwn() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 Fjellby kommune Møteinnkalling Formannskapet Utvalg: Møtested: Rådhuset Dato: Tidspunkt: 12:00

                2 Saksliste Utvalgssaksnr Innhold Lukket Arkiv- Saksnr RS 4/21 Melding om vedtak - trafikkplan 2021/40 \
                RS 5/21 Tilskuddsbrev 2020/77 PS 4/21 Budsjettregulering 2021/12 PS 5/21 Salg av tomt på Moen 2019/310 \
                PS 6/21 Skolerute for skoleåret 2021/22 2021/95
                """);
        assertEquals(List.of("RS 4/21", "RS 5/21", "PS 4/21", "PS 5/21", "PS 6/21"),
                doc.meeting().items().stream().map(MeetingItem::number).toList());
        assertEquals("Salg av tomt på Moen", doc.meeting().items().get(3).title());
        assertEquals("Skolerute for skoleåret 2021/22", doc.meeting().items().get(4).title(), "a school year is no case");
        assertEquals(List.of("2021/40", "2020/77", "2021/12", "2019/310", "2021/95"), doc.caseNumbers());
    }

    @Test
    void aPrintThatSpacesTheSlashStillNumbersItsItemsAndCases() {
        DocumentStructure doc = StructureFixtures.structure("""
                1 MØTEINNKALLING Utval: FORMANNSKAPET Møtestad: Rådhuset Møtedato: Tid : 10:00 Medlemene vert med dette innkalla \
                til møtet. SAKLISTE Sak Tittel 21 / 20 Godkjenning av møtebok 22 / 20 Tilskot til grendehus

                2 Sak 22 / 20 Fjellby kommune Saksnr. Utval Møtedato : 22 / 20 Formannskapet Tilskot til grendehus Arkivsak: 20 / 415 \
                Sakshandsamar: Per Li Rådmannen si tilråding: Grendehuset får 50 000 kr i tilskot.
                """);
        assertEquals(List.of("21 / 20", "22 / 20"), doc.meeting().items().stream().map(MeetingItem::number).toList());
        assertEquals("Tilskot til grendehus", doc.meeting().items().get(1).title());
        assertEquals(List.of("20/415"), doc.caseNumbers());
    }
}
