package no.muni.structure.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.Votes;

/** Voteringer as møteprotokoller from Elements and ACOS WebSak write them, one item with several votes. */
class VoteReaderTest {

    @Test
    void oneVoteAgainstIsOneStemme() {
        assertEquals(new Votes(false, 5, 1, List.of("H")), VoteReader.read("""
                Kommunedirektørens innstilling punkt 1-3 ble enstemmig vedtatt.
                Forslaget fra Silje Myrvang (SP), nytt punkt 4, ble vedtatt med 5 mot 1 stemme. (H stemte mot.)
                """));
        assertEquals(new Votes(false, null, 1, List.of("FrP")), VoteReader.read("Innstillingen ble vedtatt mot 1 stemme (FrP)."));
    }

    @Test
    void anAmendmentThatFellDoesNotStandForTheItemsVote() {
        assertEquals(new Votes(false, 21, 6, List.of("H")), VoteReader.read("""
                Forslaget fra Knut Brekke (H) falt med 8 mot 19 stemmer. (H og FRP stemte for.)
                Formannskapets innstilling ble vedtatt med 21 mot 6 stemmer. (H stemte mot.)
                """));
        // the adopting vote first, the motion that fell after it
        assertEquals(new Votes(false, 19, 8, List.of("H", "FrP")), VoteReader.read(
                "Innstillingen ble vedtatt med 19 mot 8 stemmer (H, FrP). Endringsforslaget fra FrP falt med 3 mot 24 stemmer."));
        // a flattened transcript: no line ends, the clauses apart by their full stops
        assertEquals(new Votes(false, 15, 12, List.of()), VoteReader.read("Votering: Forslag fra Sp ble ikke vedtatt, 12 mot 15 "
                + "stemmer. Ved alternativ votering mellom innstillingen og Sp sitt forslag ble innstillingen vedtatt med 15 mot 12 stemmer."));
    }

    @Test
    void theInnstillingsVoteWinsOverAnAdoptedAddition() {
        assertEquals(new Votes(false, 20, 7, List.of("H", "V")), VoteReader.read("""
                Innstillingen ble vedtatt med 20 mot 7 stemmer (H, V).
                Tilleggsforslaget fra SV ble vedtatt med 14 mot 13 stemmer.
                """));
    }

    @Test
    void whenOnlyTheAmendmentHadACountTheRestWasUnanimous() {
        assertEquals(new Votes(true, null, null, List.of()), VoteReader.read("""
                Forslaget fra Høyre ble ikke vedtatt, 10 mot 17 stemmer.
                Innstillingen ble deretter enstemmig vedtatt.
                """));
    }

    @Test
    void aSentenceWrappedOverTwoLinesKeepsItsVerb() {
        assertEquals(new Votes(false, 21, 6, List.of()), VoteReader.read("""
                Forslaget fra Ap falt med 6 mot
                21 stemmer. Formannskapets innstilling ble vedtatt med
                21 mot 6 stemmer.
                """));
    }

    @Test
    void countsWithoutAVerbAndNoVoteAtAll() {
        assertEquals(new Votes(false, 20, 15, List.of()), VoteReader.read("20 stemmer for, 15 mot."));
        assertNull(VoteReader.read("Saken ble tatt til orientering."));
    }
}
