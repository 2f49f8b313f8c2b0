package no.muni.structure.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.DocumentStructure;
import no.muni.model.Meeting;
import no.muni.model.MeetingItem;
import no.muni.structure.StructureFixtures;
import no.muni.structure.cases.CaseNumbers;
import no.muni.structure.politics.Bodies;
import no.muni.text.PlainTextBlocks;

/**
 * Meeting prints as transcripts give them (invented examples in the style of real ones): an ACOS hovudutskrift with one table
 * cell per line, an ePhorte protocol without a genre word, an ACOS WebSak innkalling with its saksframlegg, a Public 360
 * sakskart whose item numbers lost digits.
 */
class MeetingPrintConventionsTest {

    private static DocumentStructure meeting(String text) {
        DocumentStructure.Builder into = DocumentStructure.builder();
        MeetingExtractor.ofMeetings().extract(new PlainTextBlocks().parse(text), into);
        return into.build();
    }

    @Test
    void aHovudutskriftWithOneTableCellPerLine() {
        DocumentStructure doc = meeting("""
                NORDBY KOMMUNE
                Heradsstyret
                HOVUDUTSKRIFT
                Møtedato:
                14.03.2024
                Møtetid:
                Kl. 10:00 – 15:30
                Møtestad:
                Kommunehuset
                Saksnr.:
                012/24 - 020/24
                Forfall meldt frå følgjande medl.
                Parti
                Ingen
                Sakliste
                Sak nr.
                Saktittel
                012/24
                Godkjenning av innkalling og sakliste
                013/24
                Godkjenning av møtebok
                014/24
                Sak frå kontrollutvalet til heradsstyret
                """);
        assertEquals("Heradsstyret HOVUDUTSKRIFT", doc.title(), "the print's heading in its own order, without the letterhead");
        Meeting meeting = doc.meeting();
        assertEquals("Heradsstyret", meeting.body());
        assertEquals("2024-03-14", String.valueOf(meeting.date()));
        assertEquals("Kommunehuset", meeting.place());
        assertEquals(List.of("012/24 Godkjenning av innkalling og sakliste", "013/24 Godkjenning av møtebok",
                "014/24 Sak frå kontrollutvalet til heradsstyret"), rows(meeting), "the range's end 020/24 is no item");
    }

    @Test
    void aBokmalHovedutskriftSetTheSameWay() {
        DocumentStructure doc = meeting("""
                VESTVIK KOMMUNE
                Formannskapet
                HOVEDUTSKRIFT
                Møtedato:
                02.10.2023
                Møtested:
                Rådhuset
                Sak nr.
                Sakstittel
                101/23
                Budsjettjustering 2023
                102/23
                Salg av tomt i industriområdet
                """);
        assertEquals("Formannskapet HOVEDUTSKRIFT", doc.title());
        assertEquals(List.of("101/23 Budsjettjustering 2023", "102/23 Salg av tomt i industriområdet"), rows(doc.meeting()));
    }

    @Test
    void aProtocolWithoutAGenreWordIsTitledByItsBody() {
        DocumentStructure doc = meeting("""
                1 SOLVANG KOMMUNE Levekårsutvalget Utvalg: Levekårsutvalget Møtedato: Møtested: Rådhuset, møterom 2 Tidspunkt - fra: 09:00 Tidspunkt - til: 12:30 Sak fra / til: 010/23-018/23 Følgende medlemmer møtte: Kari Berg H Ola Dal AP Følgende medlemmer hadde forfall: Per Vik - SP Kari Berg Leder Ola Lie Utvalgssekretær
                """);
        assertEquals("Levekårsutvalget", doc.title());
        assertEquals("Levekårsutvalget", doc.meeting().body());
        assertEquals("Rådhuset, møterom 2", doc.meeting().place());
        assertEquals("09:00", doc.meeting().startTime());
        assertEquals("12:30", doc.meeting().endTime());
        assertEquals(List.of(), doc.meeting().items(), "the range of saker handled names no item");
    }

    @Test
    void aNoticeOpeningWithItsBodyInRunningTextKeepsItsOwnTitle() {
        DocumentStructure doc = meeting("""
                Formannskapet har møte tysdag 4. juni i kommunestyresalen.

                Saksliste

                21/24 Godkjenning av protokoll
                """);
        assertEquals(null, doc.title());
    }

    @Test
    void aCommitteeNamedWithTheFieldsItSharesIsOneBody() {
        DocumentStructure doc = meeting("""
                1 SJØVIK KOMMUNE Innkalling til Plan- og miljøutvalet Møtedato: Møtestad: Kommunestyresalen Møtetid: 10:00 Forfall må meldast til servicetorget.

                2 Saknr. Tittel Sakliste 014/23 Godkjenning av møtebok 015/23 Reguleringsplan for Sjøvik sentrum Orienteringssaker: - Status for vegarbeidet
                """);
        assertEquals("Plan- og miljøutvalet", doc.meeting().body());
        assertEquals("Innkalling Plan- og miljøutvalet", doc.title());
        assertEquals(List.of("014/23 Godkjenning av møtebok", "015/23 Reguleringsplan for Sjøvik sentrum"), rows(doc.meeting()));
        assertEquals("Helse- og omsorgsutvalget", Bodies.canonical("HELSE- OG OMSORGSUTVALGETS"));
        assertEquals("Helse-, sosial- og omsorgsutvalget", Bodies.first("møte i Helse-, sosial- og omsorgsutvalget i dag").orElseThrow());
    }

    @Test
    void aWebSakSaksframleggHeaderPrintedLabelsFirstGivesItsArchiveCase() {
        List<String> cases = cases("""
                3 SJØVIK KOMMUNE Saksframlegg Saksnr Utvalg Type Dato 014/23 Plan- og miljøutvalet PS Sakshandsamar Arkiv ArkivsakID Kari Vik FA-L12 23/411 Godkjenning av møtebok Framlegg til vedtak: Protokollen frå førre møte vert godkjend.
                """);
        assertEquals(List.of("23/411"), cases, "the archive case, not the item's number");
        assertEquals(List.of("22/1187"), cases("""
                NORDBY KOMMUNE Saksframlegg Saksnr Utvalg Type Dato 045/22 Formannskapet PS Saksbehandler Arkiv ArkivsakID Ola Berg K2-033 22/1187 Søknad om tilskudd til turlag
                """));
        assertEquals(List.of(), cases("""
                SAKSLISTE Saksnr. Arkivsaksnr. Tittel 16/22 22/334 Godkjenning av protokoll
                """).stream().filter(c -> c.equals("16/22")).toList(), "a saksliste's item number is no archive case");
    }

    @Test
    void aSakskartRowThatLostItsDigitsGivesNoArchiveCaseAndTheNextItemStaysAnItem() {
        String sakskart = """
                1 MØTEINNKALLING Formannskapet Dato: kl. 12:00 Stad: Rådhuset Arkivsak: 23/00019 Arkivkode: 033 SAKSKART Side Saker til behandling 41/23 23/ Godkjenning av protokoll frå førre møte /23 43/23 23/ / Meldingar til formannskapet Søknad om tilskot til kyrkjelyd 4 44/23 23/ Søknad frå idrettslaget om lån

                2 43/23 Søknad om tilskot til kyrkjelyd Arkivsak-dok. 23/ Arkivkode. 223 Saksbehandlar Ola Lie Saksgang Møtedato Saknr 1 Formannskapet /23
                """;
        assertEquals(List.of("23/00019"), cases(sakskart));
        assertEquals(List.of("23/412"), cases("44/23 Søknad frå idrettslaget om lån Arkivsak-dok. 23/412 Arkivkode. 223 Saksbehandlar Ola Lie"));
        DocumentStructure doc = meeting(sakskart);
        List<String> numbers = doc.meeting().items().stream().map(MeetingItem::number).toList();
        assertTrue(numbers.containsAll(List.of("41/23", "43/23", "44/23")), numbers.toString());
        String first = doc.meeting().items().getFirst().title();
        assertEquals("Godkjenning av protokoll frå førre møte", first, "without what the lost digits left of the columns");
        assertFalse(numbers.contains("/23"));
    }

    private static List<String> cases(String text) {
        return CaseNumbers.read(new PlainTextBlocks().parse(text)).stream().map(c -> c.caseWritten()).toList();
    }

    private static List<String> rows(Meeting meeting) {
        return meeting.items().stream().map(i -> i.number() + " " + i.title()).toList();
    }
}
