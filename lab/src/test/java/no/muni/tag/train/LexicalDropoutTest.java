package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.muni.tag.features.OrganisationHeads;
import no.muni.tag.features.TokenShape;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class LexicalDropoutTest {

    private static NameSample sample() {
        return new NameSample(new String[] {"Møtet", "i", "Sparebanken", "Vest", "og", "Bergen", "kommune", "."},
                new Span[] {new Span(2, 4, "ORG"), new Span(5, 7, "ORG")}, true);
    }

    @Test
    void maskedWordsKeepShapeSuffixAndHeadButAreNewWords() {
        LexicalDropout.Nonces nonces = new LexicalDropout.Nonces();
        String bank = LexicalDropout.unknown("Sparebanken", nonces);
        assertTrue(bank.startsWith("Spar") && bank.endsWith("ebanken"), bank);
        assertEquals(OrganisationHeads.ending("Sparebanken"), OrganisationHeads.ending(bank));
        String place = LexicalDropout.unknown("Bergen", nonces);
        assertTrue(place.startsWith("Be") && place.endsWith("rgen") && place.length() > 6, place);
        String acronym = LexicalDropout.unknown("NRK", nonces);
        assertEquals(TokenShape.of("NRK"), TokenShape.of(acronym));
        assertTrue(acronym.startsWith("N") && acronym.endsWith("RK") && acronym.length() > 3, acronym);
        // lower-case words and words that are a head on their own are the cues, not names
        assertNull(LexicalDropout.unknown("kommune", nonces));
        assertNull(LexicalDropout.unknown("Forbundet", nonces));
    }

    @Test
    void everyMaskedOccurrenceIsADifferentWord() {
        LexicalDropout.Nonces nonces = new LexicalDropout.Nonces();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(LexicalDropout.unknown("Bergen", nonces)));
        }
    }

    @Test
    void copiesKeepTheOriginalAndMaskOnlyCapitalisedEntityWords() {
        NameSample original = sample();
        List<NameSample> out = new LexicalDropout(1.0, true, 1).apply(List.of(original));
        assertEquals(2, out.size());
        assertSame(original, out.get(0));
        String[] masked = out.get(1).getSentence();
        String[] words = original.getSentence();
        assertArrayEquals(original.getNames(), out.get(1).getNames());
        for (int i : new int[] {0, 1, 4, 6, 7}) {
            assertEquals(words[i], masked[i]); // outside names, or lower case inside one
        }
        for (int i : new int[] {2, 3, 5}) {
            assertNotEquals(words[i], masked[i]);
        }
    }

    @Test
    void inPlaceMasksAboutTheRateAndIsDeterministic() {
        List<NameSample> samples = java.util.Collections.nCopies(1000, sample());
        LexicalDropout dropout = LexicalDropout.parse("inplace0.3");
        List<NameSample> out = dropout.apply(samples);
        assertEquals(samples.size(), out.size());
        long maskedBanks = out.stream().filter(s -> !s.getSentence()[2].equals("Sparebanken")).count();
        assertTrue(maskedBanks > 250 && maskedBanks < 350, "masked " + maskedBanks);
        List<NameSample> again = dropout.apply(samples);
        for (int i = 0; i < out.size(); i++) {
            assertArrayEquals(out.get(i).getSentence(), again.get(i).getSentence());
        }
        assertSame(samples, LexicalDropout.NONE.apply(samples));
        assertThrows(IllegalArgumentException.class, () -> LexicalDropout.parse("half"));
    }
}
