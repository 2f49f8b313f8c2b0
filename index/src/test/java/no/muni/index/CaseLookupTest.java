package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case history and case lists over hand-built export documents with every part of the contract a
 * case's way touches (caseRefs, meeting items, the case part with its saksgang), so the lookup is tested
 * whatever the extraction of the day finds. Documents are written newest first, to show the order is the
 * lookup's own.
 */
class CaseLookupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() throws Exception {
        index = TestIndex.write(dir,
                TestIndex.doc("ks", "minutes", "Møteprotokoll Kommunestyret", LocalDate.of(2023, 9, 26),
                        "Vedtak om frivilligsentral.", List.of(), List.of(), extra("""
                        {"caseRefs": [{"written": "2023/00858", "caseNumber": "2023/00858", "document": null},
                                      {"written": "23/901", "caseNumber": "2023/00901", "document": null}],
                         "meeting": {"body": "Kommunestyret", "date": "2023-09-26", "items": [
                           {"number": "PS 78/23", "kind": "PS", "title": "Frivilligsentral", "caseNumber": "2023/00858",
                            "proposal": "Formannskapets innstilling", "handling": "Forslag fra H falt.",
                            "votes": {"unanimous": false, "forCount": 21, "againstCount": 6, "parties": ["H"]},
                            "decision": "Kommunen etablerer en frivilligsentral."},
                           {"number": "PS 79/23", "kind": "PS", "title": "Meddommere", "caseNumber": "2023/00901",
                            "decision": "Valgt."}]}}""")),
                TestIndex.doc("fsk", "minutes", "Møteprotokoll Formannskapet", LocalDate.of(2023, 9, 12),
                        "Innstilling om frivilligsentral.", List.of(), List.of(), extra("""
                        {"caseRefs": [{"written": "23/858", "caseNumber": "2023/00858", "document": null},
                                      {"written": "22/1404", "caseNumber": "2022/01404", "document": null}],
                         "meeting": {"body": "Formannskapet", "date": "2023-09-12", "items": [
                           {"number": "PS 45/23", "kind": "PS", "title": "Frivilligsentral", "caseNumber": "2023/00858",
                            "proposal": "Kommunedirektørens innstilling",
                            "votes": {"unanimous": true, "parties": []}, "decision": "Innstilling til kommunestyret."},
                           {"number": "PS 46/23", "kind": "PS", "title": "Tomtesalg", "caseNumber": "2022/01404"}]}}""")),
                TestIndex.doc("notice", "notice", "Møteinnkalling Kommunestyret", LocalDate.of(2023, 9, 19),
                        "Saksliste.", List.of(), List.of(), extra("""
                        {"caseRefs": [{"written": "2023/00858", "caseNumber": "2023/00858", "document": null}],
                         "meeting": {"body": "Kommunestyret", "date": "2023-09-26", "items": [
                           {"number": "PS 78/23", "kind": "PS", "title": "Frivilligsentral", "caseNumber": "2023/00858"}]}}""")),
                TestIndex.doc("sf", "case", "Etablering av frivilligsentral", LocalDate.of(2023, 8, 28),
                        "Saksframlegg.", List.of(), List.of(), extra("""
                        {"caseRefs": [{"written": "23/858-4", "caseNumber": "2023/00858", "document": 4}],
                         "case": {"caseNumber": "2023/00858", "officer": "Ingrid Solheim", "archiveCode": "FE-143",
                           "route": [{"body": "Formannskapet", "itemNumber": "PS 45/23", "date": "2023-09-12"},
                                     {"body": "Kommunestyret", "itemNumber": "PS 78/23", "date": "2023-09-26"}],
                           "recommendation": "Kommunen etablerer en frivilligsentral.", "attachments": []}}""")),
                TestIndex.doc("letter", "other", "Brev", null, "Vår ref.: 23/858-9", List.of(), List.of(), extra("""
                        {"caseRefs": [{"written": "23/858-9", "caseNumber": "2023/00858", "document": 9}]}""")));
    }

    static ObjectNode extra(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    @Test
    void theHistoryFollowsTheCaseInTimeOrderWithEachStepsParts() {
        try (IndexView view = index.openView()) {
            CaseLookup.CaseHistory h = new CaseLookup(view).history("RST-23/858-4").orElseThrow();
            assertEquals("2023/00858", h.caseNumber());
            assertEquals("Etablering av frivilligsentral", h.title(), "the case document's title");
            assertEquals(5, h.documents());
            assertFalse(h.partial());
            assertEquals(List.of("sf", "fsk", "notice", "ks", "letter"),
                    h.steps().stream().map(CaseLookup.CaseStep::documentId).toList(), "by date, notice before minutes, undated last");
            assertEquals(List.of("Formannskapet", "Kommunestyret"), h.bodies());
            assertEquals(List.of("Formannskapet", "Kommunestyret"), h.route().stream().map(r -> r.body()).toList());
            assertEquals(List.of("23/858-4", "23/858", "2023/00858", "23/858-9"), h.written());
            CaseLookup.CaseStep first = h.steps().get(0);
            assertEquals("Kommunen etablerer en frivilligsentral.", first.proposal(), "the saksframlegg's innstilling");
            CaseLookup.CaseStep ks = h.steps().get(3);
            assertEquals("Kommunestyret", ks.body());
            assertEquals("PS 78/23", ks.itemNumber());
            assertEquals("2023-09-26", ks.date());
            assertEquals(21, ks.votes().forCount());
            assertEquals("Kommunen etablerer en frivilligsentral.", ks.decision());
            assertTrue(h.steps().get(1).votes().unanimous());
            assertEquals("2023-09-26", h.steps().get(2).date(), "a notice's step is its meeting's date");
        }
    }

    @Test
    void everyWrittenFormIsTheSameCaseAndOthersAreRefused() {
        try (IndexView view = index.openView()) {
            CaseLookup lookup = new CaseLookup(view);
            for (String written : List.of("23/858", "2023/858", "23/00858", "2023/00858", " RST-23/858-4 ")) {
                assertEquals("2023/00858", lookup.history(written).orElseThrow().caseNumber(), written);
            }
            assertTrue(lookup.history("24/858").isEmpty());
            assertThrows(QuerySyntaxException.class, () -> lookup.history("frivilligsentral"));
            assertThrows(QuerySyntaxException.class, () -> lookup.history("PS 45/23 x"));
        }
    }

    @Test
    void casesAreListedByBodyAndYearFromDocValues() {
        try (IndexView view = index.openView()) {
            CaseLookup lookup = new CaseLookup(view);
            CaseLookup.CaseList fsk = lookup.list("formannskapet", 2023, 50);
            assertEquals("Formannskapet", fsk.body());
            assertEquals(List.of("2023/00858", "2022/01404"), fsk.cases().stream().map(CaseLookup.CaseSummary::caseNumber).toList());
            CaseLookup.CaseSummary frivilligsentral = fsk.cases().get(0);
            assertEquals(5, frivilligsentral.documents());
            assertEquals("Etablering av frivilligsentral", frivilligsentral.title());
            assertEquals(List.of("Formannskapet", "Kommunestyret"), frivilligsentral.bodies().stream().sorted().toList());
            assertEquals("2023-08-28", frivilligsentral.firstDate());
            assertEquals("2023-09-26", frivilligsentral.lastDate());
            assertEquals("Tomtesalg", fsk.cases().get(1).title(), "a case without a case document: its item's title");
            assertEquals(List.of("2023/00901", "2023/00858"), lookup.list("Kommunestyret", null, 50).cases().stream()
                    .map(CaseLookup.CaseSummary::caseNumber).toList());
            assertEquals(3, lookup.list(null, null, 50).total());
            assertEquals(1, lookup.list(null, null, 1).cases().size());
            assertEquals(0, lookup.list("Bystyret", null, 50).total());
            assertThrows(QuerySyntaxException.class, () -> lookup.list(null, null, 0));
        }
    }

    @Test
    void searchFiltersByCaseInAnyWrittenFormAndByBody() {
        try (IndexView view = index.openView()) {
            SearchPage byCase = view.search(new SearchRequest("", Map.of(IndexFields.CASE, List.of("23/00858-1")),
                    SortOrder.OLDEST, 1, 10, 0));
            assertEquals(5, byCase.total());
            SearchPage byBody = view.search(new SearchRequest("", Map.of(IndexFields.CASE, List.of("2023/858"),
                    IndexFields.BODY, List.of("kommunestyret")), SortOrder.OLDEST, 1, 10, 0));
            assertEquals(List.of("sf", "notice", "ks"), byBody.hits().stream().map(SearchHit::id).toList());
            assertThrows(QuerySyntaxException.class, () -> new SearchRequest("", Map.of(IndexFields.CASE, List.of("x")),
                    SortOrder.OLDEST, 1, 10, 0));
        }
    }
}
