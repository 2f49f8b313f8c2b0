package no.muni.structure.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.MeetingMember;

/** Attendance lists and tables of møteprotokoller, clean and run together by a transcript, in our own examples. */
class MemberReaderTest {

    @Test
    void aCleanTableUnderEachAttendanceLabel() {
        List<MeetingMember> members = MemberReader.read("""
                Faste medlemmer som møtte:
                Navn                    Funksjon        Representerer
                Tor Arne Helland        Leder           AP
                Silje Myrvang           Nestleder       SP
                Knut Brekke             Medlem          H

                Forfall:
                Navn                    Funksjon        Representerer
                Marte Kvåle             Medlem          SV

                Varamedlemmer som møtte:
                Navn                    Møtte for       Representerer
                Even Grønli             Marte Kvåle     SV

                Fra administrasjonen møtte:
                Bente Aarvik, kommunedirektør
                """);
        assertEquals(List.of(
                new MeetingMember("Tor Arne Helland", "AP", "Leder", true),
                new MeetingMember("Silje Myrvang", "SP", "Nestleder", true),
                new MeetingMember("Knut Brekke", "H", "Medlem", true),
                new MeetingMember("Marte Kvåle", "SV", "Medlem", false),
                new MeetingMember("Even Grønli", "SV", "Varamedlem", true)), members);
    }

    @Test
    void aTranscriptWithTheFunctionBeforeTheNameAndForfallMarked() {
        List<MeetingMember> members = MemberReader.read("Møtested: Rådhuset Innkalte: Funksjon Navn Forfall Møtt for Leder Hanne Lie, AP "
                + "Nestleder Ola Bakken, H Medlem Kari Moe, SP FO Medlem Per Sande, SV Varamedlem Nils Aas Kari Moe "
                + "Fra administrasjonen: Rune Li, rådmann");
        assertEquals(List.of(
                new MeetingMember("Hanne Lie", "AP", "Leder", true),
                new MeetingMember("Ola Bakken", "H", "Nestleder", true),
                new MeetingMember("Kari Moe", "SP", "Medlem", false),
                new MeetingMember("Per Sande", "SV", "Medlem", true),
                new MeetingMember("Nils Aas", null, "Varamedlem", true)), members, "the substitute met for Kari Moe, read absent");
    }

    @Test
    void aTranscriptWithTheNameFirstAndTheSubstitutesMember() {
        List<MeetingMember> members = MemberReader.read("Til stede: Navn Funksjon Medl. Varamedl. for Arne Dahl Medlem AP "
                + "Grete Holm Leder H Lise Vik Varamedlem SV Jon Berg Eva Strand Medlem FRP Odd A. Lund Nestleder KRF "
                + "Følgende fra administrasjonen møtte: Navn Stilling");
        assertEquals(List.of(
                new MeetingMember("Arne Dahl", "AP", "Medlem", true),
                new MeetingMember("Grete Holm", "H", "Leder", true),
                new MeetingMember("Lise Vik", "SV", "Varamedlem", true),
                new MeetingMember("Eva Strand", "FRP", "Medlem", true),
                new MeetingMember("Odd A. Lund", "KRF", "Nestleder", true)), members);
    }

    @Test
    void aTranscriptWithThePartyFirstAndNotesAfterTheName() {
        List<MeetingMember> members = MemberReader.read("Innkalte: Parti Funksjon Navn Forfall AP Leder Nilsen Monica "
                + "AP Medlem Berg Tor Permisjon fra kl 13, etter sak 12/23 H Medlem Strand Eva Forfall SV Medlem Aas Nils "
                + "H Varamedlem Lunde Kari Strand Eva SV Varamedlem Moe Siri");
        assertEquals(List.of(
                new MeetingMember("Nilsen Monica", "AP", "Leder", true),
                new MeetingMember("Berg Tor", "AP", "Medlem", true),
                new MeetingMember("Strand Eva", "H", "Medlem", false),
                new MeetingMember("Aas Nils", "SV", "Medlem", true),
                new MeetingMember("Lunde Kari", "H", "Varamedlem", true),
                new MeetingMember("Moe Siri", "SV", "Varamedlem", true)), members, "a substitute's row names whom it met for");
    }

    @Test
    void listsOfEntriesStayEntries() {
        List<MeetingMember> members = MemberReader.read("""
                Møtende medlemmer: Leder Kari Hansen (H), Medlem Ola Li (Ap), Per Moe (SV)
                Ikke møtt: Anne Lunde (KrF)
                """);
        assertEquals(List.of(
                new MeetingMember("Kari Hansen", "H", "Leder", true),
                new MeetingMember("Ola Li", "Ap", "Medlem", true),
                new MeetingMember("Per Moe", "SV", null, true),
                new MeetingMember("Anne Lunde", "KrF", null, false)), members);
    }

    @Test
    void aTableWhoseCellsRanTogetherOnTheirLines() {
        // a PDF's text: one row a line, the cells' spacing lost
        List<MeetingMember> members = MemberReader.read("""
                Forfall:
                Navn Funksjon Representerer
                Marte Kvåle Medlem SV
                Olav Teigen Medlem KRF
                Varamedlemmer som møtte:
                Navn Møtte for Representerer
                Even Grønli Marte Kvåle SV
                Anne Sofie Rød Olav Teigen KRF
                SAKSLISTE
                Saksnr Arkivsaksnr Tittel
                """);
        assertEquals(List.of(
                new MeetingMember("Marte Kvåle", "SV", "Medlem", false),
                new MeetingMember("Olav Teigen", "KRF", "Medlem", false),
                new MeetingMember("Even Grønli", "SV", "Varamedlem", true),
                new MeetingMember("Anne Sofie Rød", "KRF", "Varamedlem", true)), members);
    }
}
