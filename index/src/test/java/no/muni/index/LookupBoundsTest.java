package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of a name in more documents than a page holds returns one page of documents with counts over
 * all of them, and a measure search stops at its limit: the answer's size does not grow with the matches
 * ("kommune" in every document once gave a 1.2 MB answer read from every stored document).
 */
class LookupBoundsTest {

    static final int DOCUMENTS = EntityLookup.PROFILE_DOCUMENTS * 2 + 7;

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() {
        index = TestIndex.write(dir, IntStream.range(0, DOCUMENTS).mapToObj(i -> TestIndex.doc(
                String.format("d%03d", i), i % 3 == 0 ? "minutes" : "report", "Dokument " + i,
                LocalDate.of(2000, 1, 1).plusDays(i), "Nordvik kommune og Idrettslag " + i % 5 + " samarbeider. " + ownWords(i),
                List.of("Nordvik kommune", "Idrettslag " + i % 5), List.of("Tiltak nummer " + i),
                organisations("Nordvik kommune", "Idrettslag " + i % 5))).toArray(IndexDocument[]::new));
    }

    /** Words no other document has, so no two documents are renditions of one work. */
    static String ownWords(int i) {
        return IntStream.range(0, 20).mapToObj(j -> "ord" + i + "x" + j).collect(java.util.stream.Collectors.joining(" "));
    }

    static ObjectNode organisations(String... names) {
        ObjectNode extra = JsonNodeFactory.instance.objectNode();
        for (String name : names) {
            extra.withArray("organisations").addObject().put("name", name).putArray("aliases");
        }
        return extra;
    }

    @Test
    void aProfileReturnsOnePageOfDocumentsAndCountsOverAll() {
        try (IndexView view = index.openView()) {
            EntityLookup.OrganisationProfile p = new EntityLookup(view).organisation("kommune").orElseThrow();
            assertEquals(DOCUMENTS, p.documentCount());
            assertEquals(EntityLookup.PROFILE_DOCUMENTS, p.documents().size());
            assertEquals(String.format("d%03d", DOCUMENTS - 1), p.documents().get(0).id(), "the newest first");
            assertEquals(DOCUMENTS, p.docTypes().values().stream().mapToLong(Long::longValue).sum());
            assertEquals(List.of(new EntityLookup.NameCount("Nordvik kommune", DOCUMENTS)), p.variants());
            assertEquals("2000-01-01", p.firstDate());
            assertEquals(LocalDate.of(2000, 1, 1).plusDays(DOCUMENTS - 1).toString(), p.lastDate());
            assertEquals(5, p.coOrganisations().size());
            assertEquals(DOCUMENTS, p.coOrganisations().stream().mapToLong(EntityLookup.NameCount::documents).sum(),
                    "co-occurrences counted over every match, not the page");
        }
    }

    @Test
    void aMeasureSearchStopsAtItsLimitNewestFirst() {
        try (IndexView view = index.openView()) {
            List<EntityLookup.MeasureMention> found = new EntityLookup(view).measures("tiltak", 3).measures();
            assertEquals(List.of("Tiltak nummer " + (DOCUMENTS - 1), "Tiltak nummer " + (DOCUMENTS - 2),
                    "Tiltak nummer " + (DOCUMENTS - 3)), found.stream().map(EntityLookup.MeasureMention::text).toList());
            EntityLookup.MeasureSearch all = new EntityLookup(view).measures("", 500);
            assertEquals(DOCUMENTS, all.measures().size());
            assertFalse(all.partial(), "every matching document was read");
        }
    }

    /**
     * Issue #14, defect 6: a measure search read at most 1,000 documents and said nothing when more matched,
     * and a profile dropped the names past Lucene's clause limit silently. Over 1,040 documents with one
     * measure and one organisation each, asking for more measures than exist reads 1,000 and says it is
     * partial, a limit reached before the cap is not partial, and a profile of the 1,040 names says so too.
     */
    @Test
    void lookupsCutAtTheirCapsSayTheyArePartial(@TempDir Path many) {
        int documents = EntityLookup.MAX_MEASURE_DOCS + 40;
        DocumentIndex big = TestIndex.write(many, IntStream.range(0, documents).mapToObj(i -> TestIndex.doc(
                String.format("m%04d", i), "report", "Plan " + i, LocalDate.of(2000, 1, 1).plusDays(i),
                "Tiltak i planen. " + ownWords(i), List.of("Idrettslag " + i), List.of("Tiltak nummer " + i),
                organisations("Idrettslag " + i))).toArray(IndexDocument[]::new));
        try (IndexView view = big.openView()) {
            EntityLookup.MeasureSearch cut = new EntityLookup(view).measures("tiltak", 5_000);
            assertEquals(EntityLookup.MAX_MEASURE_DOCS, cut.measures().size());
            assertEquals(EntityLookup.MAX_MEASURE_DOCS, cut.documentsRead());
            assertTrue(cut.partial(), "documents were left unread");
            assertEquals("Tiltak nummer " + (documents - 1), cut.measures().getFirst().text(), "the newest first");
            assertFalse(new EntityLookup(view).measures("tiltak", 500).partial(), "the limit was reached first");
            assertTrue(documents > org.apache.lucene.search.IndexSearcher.getMaxClauseCount());
            assertTrue(new EntityLookup(view).organisation("idrettslag").orElseThrow().partial());
            assertFalse(new EntityLookup(view).organisation("idrettslag 7").orElseThrow().partial());
        }
    }
}
