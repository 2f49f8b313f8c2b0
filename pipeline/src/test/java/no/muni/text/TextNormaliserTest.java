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
}
