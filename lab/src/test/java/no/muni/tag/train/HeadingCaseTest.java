package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class HeadingCaseTest {

    private static NameSample sample() {
        return new NameSample("Kulturkontoret i Vik kommune la fram tilskudd til idrettslag og frivillighet .".split(" "),
                new Span[] {new Span(2, 4, "ORG")}, true);
    }

    @Test
    void aCopyCapitalisesOnlyOrdinaryWordsOutsideTheNamesAndKeepsTheNames() {
        NameSample original = sample();
        NameSample copy = null;
        for (long seed = 0; copy == null; seed++) {
            copy = HeadingCase.capitalised(original, new SplittableRandom(seed));
        }
        String[] before = original.getSentence();
        String[] after = copy.getSentence();
        assertEquals(before.length, after.length);
        assertArrayEquals(original.getNames(), copy.getNames());
        assertEquals("Vik", after[2]);
        assertEquals("kommune", after[3], "a name's lower-case head stays as it is");
        for (int i = 0; i < before.length; i++) {
            boolean ordinary = (i < 2 || i > 3) && before[i].length() >= 4 && before[i].chars().allMatch(Character::isLowerCase);
            assertTrue(after[i].equals(before[i]) || ordinary && after[i].equalsIgnoreCase(before[i]),
                    before[i] + " -> " + after[i]);
        }
        assertEquals("i", after[1], "short words stay");
    }

    @Test
    void aSentenceWithoutOrdinaryWordsGetsNoCopyAndRateZeroChangesNothing() {
        NameSample names = new NameSample("Kari Vik ( Ap ) .".split(" "), new Span[] {new Span(0, 2, "PER")}, true);
        assertNull(HeadingCase.capitalised(names, new SplittableRandom(1)));
        List<NameSample> samples = List.of(sample());
        assertSame(samples, HeadingCase.NONE.apply(samples));
        assertEquals(2, new HeadingCase(1, 3).apply(samples).size());
    }

    @Test
    void parsesItsRate() {
        assertEquals(0.3, HeadingCase.parse("caps0.3").rate());
        assertThrows(IllegalArgumentException.class, () -> HeadingCase.parse("caps2"));
        assertThrows(IllegalArgumentException.class, () -> HeadingCase.parse("upper0.3"));
    }
}
