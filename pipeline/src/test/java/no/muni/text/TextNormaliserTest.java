package no.muni.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void joinsWordsHyphenatedAtALineBreak() {
        assertEquals("frivillighetskoordinator i kommunen", TextNormaliser.flow("frivillighets-\nkoordinator i kommunen"));
    }

    @Test
    void keepsTheHyphenOfASuspendedCompound() {
        assertEquals("barne- og familievern", TextNormaliser.flow("barne-\nog familievern"));
    }

    @Test
    void composesDecomposedLettersAndCollapsesSpaces() {
        assertEquals("Blå Kors", TextNormaliser.flow("Bla\u030A   Kors\u00AD"));
    }

    @Test
    void linesKeepsParagraphBreaksTabsAndPageBreaks() {
        assertEquals("Første linje\nAndre\tcelle\n\nNytt avsnitt\fNy side",
                TextNormaliser.lines("Første linje  \r\nAndre\tcelle\n\n\n\nNytt avsnitt\fNy side"));
    }

    /** Each rule where only its own characters call for it (the rules run only where they can change the text). */
    @Test
    void eachRuleAppliesWhereOnlyItsCharactersAre() {
        assertEquals("Plan for 2024 - 2027, vedtatt.", TextNormaliser.lines("Plan for 2024 - 2027, vedtatt."));
        assertEquals("a b", TextNormaliser.lines("a\u00A0b"), "a no-break space alone");
        assertEquals("a b", TextNormaliser.lines("a \u202Fb"), "a space before a narrow no-break space");
        assertEquals("a\nb", TextNormaliser.lines("a \nb"));
        assertEquals("a\nb", TextNormaliser.lines("a\n b"));
        assertEquals("a\n\nb", TextNormaliser.lines("a\n\n\n\nb"));
        assertEquals("ab", TextNormaliser.lines("a\u0007b"), "a control character");
        assertEquals("a\u0085b".length() - 1, TextNormaliser.lines("a\u0085b").length(), "a C1 control character");
        assertEquals("frivillighet", TextNormaliser.lines("frivillig-\t \nhet"), "tabs between hyphen and break");
        assertEquals("Ja-\nNei", TextNormaliser.lines("Ja-\nNei"), "a capital after the break is no hyphenated word");
    }
}
