package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trailing wildcards search the body's prefix fields and phrases its pair fields: the same documents as expanding
 * every term and matching every phrase, longer phrases with the same scores, snippets marking the words as
 * written; an index without these fields (written by an older muni) is searched as before.
 */
class PrefixesAndPairsTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;

    private static final MuniAnalyzer QUERY_SIDE = new MuniAnalyzer(MuniAnalyzer.Side.QUERY);

    /**
     * 99 forms "frivillig0a".."frivillig3ma", more than the expansion cap, that sort before the words of
     * "Frivillighetskoordinatoren", which stands alone in its document.
     */
    @BeforeAll
    static void build() {
        String forms = IntStream.range(0, 99).mapToObj(i -> "frivillig" + Integer.toString(i, 26) + "a")
                .collect(Collectors.joining(" "));
        index = TestIndex.write(dir,
                TestIndex.doc("forms", "report", "Ordliste", LocalDate.of(2020, 1, 1), forms, List.of(), List.of()),
                TestIndex.doc("sector", "policy", "Plattform", LocalDate.of(2014, 6, 17),
                        "Kommunen vil styrke frivillig sektor. Frivillig sektor i kommunen får lokaler, og "
                                + "frivillig arbeid i sektor for helse.", List.of(), List.of()),
                TestIndex.doc("apart", "minutes", "Møte", LocalDate.of(2019, 5, 22),
                        "Sektor og frivillig innsats ble drøftet i kommunen; en frivillig sa at sektor var viktig.",
                        List.of(), List.of()),
                TestIndex.doc("folded", "minutes", "Referat", LocalDate.of(2019, 9, 2),
                        "Røde Kors og frivillig sektor møttes. Kommunen takket Røde Kors.", List.of(), List.of()),
                TestIndex.doc("koord", "policy", "Koordinering", LocalDate.of(2022, 3, 3),
                        "Frivillighetskoordinatoren i kommunen svarte.", List.of(), List.of()));
    }

    @Test
    void theBodyIsIndexedAsPrefixesAndFoldedPairs() throws IOException {
        MuniAnalyzer indexSide = new MuniAnalyzer(MuniAnalyzer.Side.INDEX);
        assertEquals(List.of("rø", "rød", "ko", "kor", "kors"), MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_PREFIXES, "Røde Kors"),
                "prefixes of the stemmed words: røde → rød");
        assertEquals(List.of("ro", "rod", "rode", "ko", "kor", "kors"),
                MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_FOLDED_PREFIXES, "Røde Kors"));
        assertEquals(List.of("fr", "fri", "friv", "frivi", "frivil", "frivill", "frivilli", "frivillig", "frivilligh"),
                MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_FOLDED_PREFIXES, "frivillighet"),
                "at most " + MuniAnalyzer.MAX_PREFIX + " letters");
        assertTrue(MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_PREFIXES, "frivillighetskoordinator").contains("koordinato"),
                "compound parts have prefixes too");
        assertEquals(List.of("rode kors", "kors og", "og frivillig"),
                MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_FOLDED_PAIRS, "Røde Kors og frivillig"));
        assertEquals(List.of("røde kors", "kors og", "og frivillig"),
                MuniAnalyzerTest.tokens(indexSide, IndexFields.TEXT_EXACT_PAIRS, "Røde Kors og frivillig"));
    }

    @Test
    void aTrailingWildcardIsOneTermAndFindsEveryForm() throws IOException {
        Query plain = new MuniQueryParser(QUERY_SIDE).parseUserQuery("frivillig*");
        Query turned = PrefixesAndPairs.apply(plain);
        Set<Query> leaves = leaves(turned);
        assertTrue(leaves.contains(new TermQuery(new org.apache.lucene.index.Term(IndexFields.TEXT_PREFIXES, "frivillig"))), leaves.toString());
        assertTrue(leaves.contains(new TermQuery(new org.apache.lucene.index.Term(IndexFields.TEXT_FOLDED_PREFIXES, "frivillig"))));
        try (IndexView view = index.openView()) {
            SearchPage page = view.search(SearchRequest.of("frivillig*", 10));
            assertEquals(Set.of("forms", "sector", "apart", "folded", "koord"), ids(page),
                    "frivillighetskoordinator is past the first " + CappedExpansion.MAX_TERMS + " forms and is found all the same");
            assertFalse(page.partial(), "no expansion was cut");
            SearchHit sector = page.hits().stream().filter(h -> h.id().equals("sector")).findFirst().orElseThrow();
            assertTrue(sector.snippetParts().contains(new SnippetPart("frivillig", true)), sector.snippetParts().toString());
            assertTrue(view.search(SearchRequest.of("koordinato*", 10)).hits().stream().anyMatch(h -> h.id().equals("koord")),
                    "a prefix of a compound's part, as the stemmed field's expansion finds it");
            SearchPage longer = view.search(SearchRequest.of("frivilligsektor*", 10));
            assertEquals(0, longer.total(), "a prefix longer than " + MuniAnalyzer.MAX_PREFIX + " letters is expanded");
        }
    }

    @Test
    void aPhraseOfTwoWordsIsOneTermAndFindsTheSameDocuments() throws IOException {
        for (String q : List.of("\"frivillig sektor\"", "\"frivillig sektor\" AND kommunen", "\"rode kors\"",
                "\"Røde Kors\"", "\"sektor frivillig\"")) {
            Query plain = new MuniQueryParser(QUERY_SIDE).parseUserQuery(q);
            Query turned = PrefixesAndPairs.apply(plain);
            assertTrue(leaves(turned).stream().anyMatch(leaf -> leaf instanceof TermQuery t
                    && t.getTerm().field().equals(IndexFields.TEXT_FOLDED_PAIRS)), q + " searches the pairs: " + turned);
            assertEquals(matching(plain), matching(turned), q);
        }
        try (IndexView view = index.openView()) {
            SearchPage page = view.search(SearchRequest.of("\"frivillig sektor\"", 10));
            assertEquals(Set.of("sector", "folded"), ids(page), "not where the words stand apart");
            assertTrue(page.hits().getFirst().snippetParts().contains(new SnippetPart("frivillig sektor", true)),
                    "snippets mark the phrase: " + page.hits().getFirst().snippetParts());
        }
    }

    @Test
    void aLongerPhraseKeepsItsHitsAndScoresWithItsPairsAsFilters() throws IOException {
        for (String q : List.of("\"Røde Kors og frivillig\"", "\"rode kors og frivillig sektor\" OR idrett")) {
            Query plain = new MuniQueryParser(QUERY_SIDE).parseUserQuery(q);
            Query turned = PrefixesAndPairs.apply(plain);
            assertNotEquals(plain, turned, q + " gets its pairs");
            assertEquals(ranked(plain), ranked(turned), q);
            assertFalse(ranked(plain).isEmpty(), q);
        }
        Query sloppy = new MuniQueryParser(QUERY_SIDE).parseUserQuery("\"sektor frivillig\"~3");
        assertSame(sloppy, PrefixesAndPairs.apply(sloppy), "a phrase with slop is no pair");
        Query words = new MuniQueryParser(QUERY_SIDE).parseUserQuery("frivillig sektor");
        assertSame(words, PrefixesAndPairs.apply(words), "nothing to turn: the query itself");
    }

    /** The documents a query matches in the test index. */
    private static Set<Integer> matching(Query q) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.luceneDir()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return Arrays.stream(searcher.search(q, 100).scoreDocs).map(sd -> sd.doc).collect(Collectors.toSet());
        }
    }

    /** Doc ids and scores of a query's hits in the test index, best first. */
    private static List<String> ranked(Query q) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.luceneDir()))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return Arrays.stream(searcher.search(q, 100).scoreDocs).map(sd -> sd.doc + ":" + sd.score).toList();
        }
    }

    @Test
    void anIndexWithoutThePrefixAndPairFieldsIsSearchedAsBefore() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.luceneDir()));
             IndexView older = new IndexView(new WithoutPrefixesAndPairs(reader), DocumentIndex.facetsConfig(), false)) {
            SearchPage page = older.search(SearchRequest.of("frivillig*", 10));
            assertTrue(page.partial(), "expanded to the first " + CappedExpansion.MAX_TERMS + " forms");
            assertEquals(Set.of("forms", "sector", "apart", "folded"), ids(page));
            assertEquals(Set.of("sector", "folded"), ids(older.search(SearchRequest.of("\"frivillig sektor\"", 10))));
        }
    }

    private static Set<String> ids(SearchPage page) {
        return page.hits().stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Query> leaves(Query q) {
        Set<Query> out = new java.util.HashSet<>();
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                out.add(leaf);
            }

            @Override
            public void consumeTerms(Query query, org.apache.lucene.index.Term... terms) {
                out.add(query);
            }

            @Override
            public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return out;
    }

    /** The index as an older muni wrote it: no schema marker, no prefix or pair fields. */
    private static final class WithoutPrefixesAndPairs extends FilterDirectoryReader {
        private static final Set<String> HIDDEN = Set.of(IndexFields.SCHEMA, IndexFields.TEXT_PREFIXES,
                IndexFields.TEXT_FOLDED_PREFIXES, IndexFields.TEXT_EXACT_PAIRS, IndexFields.TEXT_FOLDED_PAIRS);

        WithoutPrefixesAndPairs(DirectoryReader in) throws IOException {
            super(in, new SubReaderWrapper() {
                @Override
                public LeafReader wrap(LeafReader reader) {
                    return new FilterLeafReader(reader) {
                        @Override
                        public Terms terms(String field) throws IOException {
                            return HIDDEN.contains(field) ? null : super.terms(field);
                        }

                        @Override
                        public CacheHelper getCoreCacheHelper() {
                            return null;
                        }

                        @Override
                        public CacheHelper getReaderCacheHelper() {
                            return null;
                        }
                    };
                }
            });
        }

        @Override
        protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
            return new WithoutPrefixesAndPairs(in);
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
