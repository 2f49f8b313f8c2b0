package no.muni.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.muni.index.Archive;
import no.muni.index.CaseLookup;
import no.muni.index.EntityLookup;
import no.muni.index.ExportJson;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.SearchHit;
import no.muni.ingest.RunLog;
import no.muni.ingest.RunReport;

/**
 * What {@code muni org}, {@code person}, {@code measure}, {@code case}, {@code cases}, {@code stats} and the server's
 * document page read ({@link Archive}) must be the same from the collection as from the embedded index holding
 * the same corpus: for a fixed list of names, words and case numbers and for every organisation, person, case,
 * body, year and document the index holds, the answers are equal as JSON (same ids, same counts, same order).
 */
class SolrLookupTest {

    /** The sample corpus in both, ingested once for all the test classes of this JVM. */
    final IndexView embedded = SampleInBoth.shared().embedded;
    final SolrReader solr = SampleInBoth.shared().solr;

    @ParameterizedTest
    @ValueSource(strings = {"Røde Kors", "rode kors", "kors", "kommune", "Frivilligsentral", "frivilligsentralen",
            "nav", "Ingen Slik Organisasjon"})
    void anOrganisationHasTheSameProfile(String name) {
        assertSame(new EntityLookup(embedded).organisation(name), new EntityLookup(solr).organisation(name), name);
    }

    @Test
    void everyOrganisationAndPersonHasTheSameProfile() {
        List<EntityLookup.NameCount> organisations = new EntityLookup(embedded).organisations(500);
        List<EntityLookup.NameCount> persons = new EntityLookup(embedded).persons(500);
        assertFalse(organisations.isEmpty(), "the corpus names organisations");
        assertFalse(persons.isEmpty(), "the corpus names persons");
        assertSame(organisations, new EntityLookup(solr).organisations(500), "organisations");
        assertSame(persons, new EntityLookup(solr).persons(500), "persons");
        int withDocuments = 0;
        for (EntityLookup.NameCount o : organisations) {
            var profile = new EntityLookup(embedded).organisation(o.name());
            withDocuments += profile.map(p -> p.documents().size()).orElse(0) > 0 ? 1 : 0;
            assertSame(profile, new EntityLookup(solr).organisation(o.name()), o.name());
        }
        assertEquals(organisations.size(), withDocuments, "every organisation listed has a profile with documents");
        for (EntityLookup.NameCount p : persons) {
            assertSame(new EntityLookup(embedded).person(p.name()), new EntityLookup(solr).person(p.name()), p.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lokaler", "frivillig", "tiltak", "koordinator", "møteplass", "ungdom", "kultur",
            "ingenting slikt"})
    void aMeasureSearchFindsTheSameMeasures(String words) {
        EntityLookup.MeasureSearch expected = new EntityLookup(embedded).measures(words, 50);
        assertSame(expected, new EntityLookup(solr).measures(words, 50), words);
        assertSame(new EntityLookup(embedded).measures(words, 1), new EntityLookup(solr).measures(words, 1), words);
    }

    @Test
    void everyCaseHasTheSameHistoryAndEveryBodyAndYearTheSameCases() {
        Set<String> cases = embedded.counts(IndexFields.CASE, 1_000).keySet();
        List<String> numbers = new ArrayList<>(cases);
        numbers.addAll(List.of("23/858", "1999/00001"));
        for (String number : numbers) {
            assertSame(new CaseLookup(embedded).history(number), new CaseLookup(solr).history(number), number);
        }
        Set<String> bodies = new LinkedHashSet<>(embedded.counts(IndexFields.BODY, 1_000).keySet());
        bodies.add("kommunestyret");
        bodies.add(null);
        List<Integer> years = new ArrayList<>(embedded.counts(IndexFields.YEAR, 1_000).keySet().stream()
                .map(Integer::valueOf).toList());
        years.add(null);
        for (String body : bodies) {
            for (Integer year : years) {
                assertSame(new CaseLookup(embedded).list(body, year, 50), new CaseLookup(solr).list(body, year, 50),
                        body + " " + year);
            }
        }
    }

    @Test
    void theStatsAreTheSame() {
        assertEquals(embedded.documentCount(), solr.documentCount());
        assertEquals(embedded.workCount(), solr.workCount());
        assertTrue(embedded.workCount() < embedded.documentCount(), "the corpus has renditions of one work");
        for (String dim : IndexFields.FACETS) {
            assertEquals(List.copyOf(embedded.counts(dim, 50).entrySet()), List.copyOf(solr.counts(dim, 50).entrySet()),
                    dim);
        }
        assertEquals(List.copyOf(embedded.countsByYear().entrySet()), List.copyOf(solr.countsByYear().entrySet()));
    }

    @Test
    void everyDocumentPageIsTheSame() {
        List<String> ids = new ArrayList<>();
        embedded.forEachJson(json -> ids.add(ExportJson.read(json).id()));
        assertFalse(ids.isEmpty());
        int withSimilar = 0;
        for (String id : ids) {
            assertEquals(embedded.json(id), solr.json(id), id);
            assertSame(embedded.renditions(id), solr.renditions(id), id);
            assertSame(embedded.thread(id), solr.thread(id), id);
            Optional<List<SearchHit>> similar = solr.moreLikeThis(id, 5);
            assertTrue(similar.isPresent(), id);
            String work = solr.renditions(id).getFirst().workId();
            assertTrue(similar.get().stream().noneMatch(h -> h.workId().equals(work)), "similar works leave out " + id);
            withSimilar += similar.get().isEmpty() ? 0 : 1;
        }
        assertEquals(ids.size(), withSimilar, "every document has similar works among the corpus's others");
        assertEquals(Optional.empty(), solr.json("no/such/document"));
        assertEquals(List.of(), solr.renditions("no/such/document"));
        assertEquals(Optional.empty(), solr.moreLikeThis("no/such/document", 5));
    }

    @Test
    void theWorkersRunsAreRead() {
        RunLog runs = solr.runs();
        List<RunLog.RecordedRun> latest = runs.latestFirst(10);
        assertEquals(1, latest.size(), "one worker's run");
        assertTrue(latest.getFirst().id().startsWith("run/1/1/"), latest.getFirst().id());
        RunReport.Counts counts = latest.getFirst().report().counts();
        assertEquals(embedded.documentCount(), counts.documents());
        assertEquals(runs.latest().orElseThrow().exportHeader(), latest.getFirst().exportHeader());
        assertTrue(runs.roots().values().stream().anyMatch(p -> p.endsWith("corpus")), runs.roots().toString());
    }

    /** Equal as the command line's and the server's JSON shows them. */
    static void assertSame(Object expected, Object actual, String what) {
        if (expected instanceof Optional<?> e && actual instanceof Optional<?> a) {
            assertEquals(e.isPresent(), a.isPresent(), what + " is found in both or in neither");
            expected = e.orElse(null);
            actual = a.orElse(null);
        }
        try {
            assertEquals(ExportJson.mapper().writeValueAsString(expected), ExportJson.mapper().writeValueAsString(actual),
                    what);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
