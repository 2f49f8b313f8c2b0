package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MuniAnalyzerTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() {
        index = TestIndex.write(dir,
                TestIndex.doc("platform", "policy", "Frivillighetspolitisk plattform", LocalDate.of(2014, 6, 17),
                        "Kommunen ansetter en frivillighetskoordinator og inngår samarbeidsavtaler med organisasjonene.",
                        List.of(), List.of()),
                TestIndex.doc("minutes", "minutes", "Dialogmøte", LocalDate.of(2019, 5, 22),
                        "Til stede: Drammen Røde Kors og Blå Kors. Vi snakket om avtalen og om tale.",
                        List.of(), List.of()));
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    static List<String> ids(String query) {
        try (IndexView view = index.openView()) {
            return view.search(SearchRequest.of(query, 10)).hits().stream().map(SearchHit::id).sorted().toList();
        }
    }

    @Test
    void compoundsAreSplitWhenIndexingOnly() throws IOException {
        List<String> indexed = tokens(new MuniAnalyzer(MuniAnalyzer.Side.INDEX), IndexFields.TEXT, "samarbeidsavtaler");
        assertTrue(indexed.containsAll(List.of("samarbeidsavtal", "samarbeid", "avtal")), indexed.toString());
        assertEquals(List.of("frivillighetskoordinator"),
                tokens(new MuniAnalyzer(MuniAnalyzer.Side.QUERY), IndexFields.TEXT, "frivillighetskoordinator"));
    }

    @Test
    void aPartFindsTheCompound() {
        assertEquals(List.of("platform"), ids("koordinator"));
        assertEquals(List.of("minutes", "platform"), ids("avtale"));
        assertEquals(List.of("platform"), ids("samarbeidsavtale"));
    }

    @Test
    void inflectedFormsFindEachOther() {
        assertEquals(List.of("platform"), ids("organisasjon"));
        assertEquals(List.of("platform"), ids("samarbeidsavtalene"));
    }

    @Test
    void foldedQueriesFindÆØÅ() {
        assertEquals(List.of("minutes"), ids("Rode Kors"));
        assertEquals(List.of("minutes"), ids("\"Drammen Rode Kors\""));
        assertEquals(List.of("minutes"), ids("bla"));
    }

    @Test
    void quotedPhrasesMatchAsWritten() {
        assertEquals(List.of("minutes"), ids("\"Røde Kors\""));
        assertEquals(List.of(), ids("\"avtale\""), "a quoted word is not stemmed or found inside compounds");
        assertEquals(List.of("minutes"), ids("\"avtalen\""));
        assertEquals(List.of(), ids("\"Kors Røde\""));
    }

    @Test
    void snippetsMarkMatchesOfEveryField() {
        try (IndexView view = index.openView()) {
            assertTrue(view.search(SearchRequest.of("Rode", 1)).hits().get(0).snippet().contains("[Røde]"));
            assertTrue(view.search(SearchRequest.of("koordinator", 1)).hits().get(0).snippet().contains("[frivillighetskoordinator]"));
        }
    }
}
