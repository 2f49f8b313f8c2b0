package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** search with filters, org, person and measure over the ingested sample corpus. */
class SearchCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--index";
        all[args.length + 1] = SampleIndex.dir().toString();
        return CliRun.of(all);
    }

    @Test
    void koordinatorFindsThePlatformAndFiltersNarrow() throws Exception {
        CliRun r = run("search", "koordinator", "--type", "policy", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode page = JSON.readTree(r.out());
        assertEquals(1, page.path("total").asInt(), "the platform as PDF and as text is one work");
        assertEquals(2, page.path("hits").get(0).path("renditions").asInt());
        assertTrue(page.path("hits").get(0).path("title").asText().contains("plattform"));
        CliRun sorted = run("search", "frivillighet", "--sort", "newest", "--limit", "1", "--page", "2");
        assertEquals(0, sorted.exitCode(), sorted.err());
        assertTrue(sorted.out().contains("\n2. "), sorted.out());
    }

    @Test
    void badQueriesAndOptionsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("search", "foo AND (").exitCode());
        assertEquals(ExitCodes.USAGE, run("search", "foo", "--sort", "size").exitCode());
        assertEquals(ExitCodes.USAGE, run("search", "foo", "--limit", "5000").exitCode());
        assertEquals(ExitCodes.OK, run("org", "Ingen Slik Organisasjon").exitCode(), "no match is an empty answer");
    }

    @Test
    void orgListsTheMinutesAndTheVariantsOfRødeKors() throws Exception {
        CliRun r = run("org", "Rode", "Kors", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode p = JSON.readTree(r.out());
        assertEquals("minutes", p.path("documents").get(0).path("docType").asText());
        assertTrue(p.path("variants").toString().contains("Drammen Røde Kors"), p.path("variants").toString());
        assertTrue(p.path("variants").toString().contains("Buskerud Røde Kors"));
        assertTrue(p.path("coOrganisations").toString().contains("Blå Kors"));
        assertTrue(run("org", "Røde Kors").out().contains("named together with:"));
    }

    @Test
    void measureFindsThePlatformsMeasuresWithTheirPeriod() throws Exception {
        CliRun r = run("measure", "skolelokaler", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode list = JSON.readTree(r.out()).path("measures");
        assertEquals("2015-2018", list.get(0).path("period").asText());
        assertEquals("4.2", list.get(0).path("section").asText());
    }
}
