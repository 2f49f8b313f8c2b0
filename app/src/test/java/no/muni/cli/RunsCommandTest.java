package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code muni runs}: the run history from the run reports, latest first. */
class RunsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsPastRunsLatestFirstWithCountsAndDurations() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(TestPaths.corpus().resolve("000_33237c531c9e0230.txt"), docs.resolve("reply.txt"));
        String index = tmp.resolve("index").toString();
        assertEquals(ExitCodes.OK, CliRun.of("ingest", docs.toString(), "--index", index, "--quiet").exitCode());
        Files.copy(TestPaths.corpus().resolve("001_bc4781144e6a4c71.txt"), docs.resolve("minutes.txt"));
        assertEquals(ExitCodes.OK, CliRun.of("ingest", docs.toString(), "--index", index, "--quiet").exitCode());

        CliRun json = CliRun.of("runs", "--index", index, "--json");
        assertEquals(ExitCodes.OK, json.exitCode(), json.err());
        JsonNode runs = new ObjectMapper().readTree(json.out());
        assertEquals(2, runs.size());
        JsonNode latest = runs.get(0);
        assertEquals(2, latest.path("counts").path("seen").asInt());
        assertEquals(1, latest.path("counts").path("newFiles").asInt());
        assertEquals(1, latest.path("counts").path("unchanged").asInt());
        assertEquals(1, runs.get(1).path("counts").path("newFiles").asInt());
        assertTrue(latest.path("id").asText().compareTo(runs.get(1).path("id").asText()) > 0, "latest first");
        assertTrue(Files.isRegularFile(tmp.resolve("index/runs").resolve(latest.path("id").asText() + ".json")));
        assertTrue(latest.path("wallMillis").asLong() > 0);
        assertEquals(List.of(docs.toAbsolutePath().normalize().toString()), List.of(latest.path("roots").get(0).asText()));

        CliRun text = CliRun.of("runs", "--index", index, "--limit", "1");
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals(2, lines.size(), text.out());
        assertTrue(lines.get(1).startsWith(latest.path("id").asText()), text.out());
        assertTrue(lines.get(1).matches(".*\\s2\\s+1\\s+0\\s+1\\s+0\\s+0\\s+1\\s+.*"), "seen new changed unchanged "
                + "deleted failed documents: " + lines.get(1));
    }

    @Test
    void noIndexIsFatalWithAMessage() {
        CliRun run = CliRun.of("runs", "--index", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.FATAL, run.exitCode(), run.out());
        assertTrue(run.err().contains("no index at"), run.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("runs", "--limit", "0").exitCode());
    }
}
