package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import no.muni.tag.features.WordClassLexicon;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class TrainingNameWordsTest {

    private static NameSample sample(String text, Span... names) {
        return new NameSample(text.split(" "), names, true);
    }

    @Test
    void aWordCountsForATypeWhenNamesOfThatTypeHaveItInTwoSentences() {
        WordClassLexicon lexicon = TrainingNameWords.of(List.of(
                sample("Jens Hansen og Kari Vik møttes i Vik", new Span(0, 2, "PER"), new Span(3, 5, "PER"), new Span(7, 8, "LOC")),
                sample("Jens Berg bor i Vik", new Span(0, 2, "PER"), new Span(4, 5, "LOC")),
                sample("Vik idrettslag vant", new Span(0, 2, "ORG")),
                sample("Vik idrettslag tapte mot Tafjord Energi", new Span(0, 2, "ORG"), new Span(4, 6, "ORG"))));
        assertEquals("PER", lexicon.classOf("Jens"));
        assertEquals("LOC+ORG", lexicon.classOf("VIK"), "any case; a place in two sentences, an organisation's in two");
        assertNull(lexicon.classOf("Hansen"), "a name of one sentence has no entry: as if never seen");
        assertNull(lexicon.classOf("Energi"));
        assertNull(lexicon.classOf("idrettslag"), "lower-case words of names are not name words");
    }

    @Test
    void aWordTwiceInOneSentenceCountsOnce() {
        WordClassLexicon lexicon = TrainingNameWords.of(List.of(
                sample("Berg og Berg", new Span(0, 1, "PER"), new Span(2, 3, "PER"))));
        assertNull(lexicon.classOf("Berg"));
    }

    @Test
    void ordinaryWordsAreLowerCaseWordsOfFourLettersOrMoreOutsideNamesInTwoSentences() {
        WordClassLexicon lexicon = TrainingNameWords.ordinaryWords(List.of(
                sample("Vi skal kartlegge frivillig sektor i Vik kommune", new Span(6, 8, "ORG")),
                sample("Kommunen vil kartlegge tilbudet i Vik kommune", new Span(5, 7, "ORG")),
                sample("Tilbudet vil bli godt")));
        assertEquals("O", lexicon.classOf("Kartlegge"), "any case");
        assertNull(lexicon.classOf("kommune"), "inside names only");
        assertNull(lexicon.classOf("tilbudet"), "lower case in one sentence only");
        assertNull(lexicon.classOf("vil"), "words of three letters are left out");
    }
}
