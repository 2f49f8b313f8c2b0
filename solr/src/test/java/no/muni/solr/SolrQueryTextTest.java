package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import no.muni.index.QuerySyntaxException;

class SolrQueryTextTest {

    @Test
    void eachWordSearchesTheStemmedAndFoldedFieldsWithMunisBoostsAndWordsAreAnded() {
        assertEquals("+((from.text:røde)^1.0 (measures:røde)^1.0 (text:røde)^1.0 (text.folded:røde)^0.5 (title:røde)^3.0"
                + " (title.folded:røde)^1.5 (to.text:røde)^1.0) +((from.text:kors)^1.0 (measures:kors)^1.0 (text:kors)^1.0"
                + " (text.folded:kors)^0.5 (title:kors)^3.0 (title.folded:kors)^1.5 (to.text:kors)^1.0)",
                SolrQueryText.of("Røde Kors"));
    }

    @Test
    void aQuotedPhraseSearchesTheExactFieldsInstead() {
        assertEquals("(from.text:\"Røde Kors\")^1.0 (measures:\"Røde Kors\")^1.0 (text.exact:\"Røde Kors\")^1.0"
                + " (text.folded:\"Røde Kors\")^0.5 (title.exact:\"Røde Kors\")^3.0 (title.folded:\"Røde Kors\")^1.5"
                + " (to.text:\"Røde Kors\")^1.0", SolrQueryText.of("\"Røde Kors\""));
    }

    @Test
    void aPhraseKeepsItsSlop() {
        assertEquals("title.exact:\"aktuelle tiltak\"~2", SolrQueryText.of("title:\"aktuelle tiltak\"~2"));
        assertEquals("title.exact:\"aktuelle tiltak\"", SolrQueryText.of("title:\"aktuelle tiltak\""));
    }

    @Test
    void fieldsPrefixesAndSpecialCharactersPassAsSolrSyntax() {
        assertEquals("+title:plattform +((from.text:(+e +post))^1.0", SolrQueryText.of("title:plattform e-post").substring(0, 45));
        assertEquals("title:plattform", SolrQueryText.of("title:plattform –"), "punctuation is no word");
        assertEquals("+((from.text:frivillig*)^1.0 (measures:frivillig*)^1.0 (text:frivillig*)^1.0 (text.folded:frivillig*)^0.5"
                + " (title:frivillig*)^3.0 (title.folded:frivillig*)^1.5 (to.text:frivillig*)^1.0) +title:plattform",
                SolrQueryText.of("frivillig* title:plattform"));
    }

    @Test
    void mistakesAreExplainedAsForTheEmbeddedIndex() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> SolrQueryText.of("\"unclosed"));
        assertEquals(true, e.getMessage().contains("\""), e.getMessage());
    }
}
