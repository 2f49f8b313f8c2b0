package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.solr.SolrCollection;
import no.muni.solr.SolrReader;
import no.muni.solr.SolrTestCluster;

/**
 * The command line against a real 2-node SolrCloud cluster: {@code solr-init}, two partitioned {@code ingest --solr}
 * workers of which one is killed (SIGKILL) mid-run and started again, then {@code export}, {@code search}, {@code org},
 * {@code person}, {@code measure}, {@code cases}, {@code case}, {@code stats}, {@code runs} and {@code serve} with
 * {@code --solr} give what the embedded index gives for the same folder.
 */
class SolrCliTest {

    private static final String LOCK_TTL = "10";

    @TempDir
    Path tmp;

    @Test
    void aWorkerKilledMidRunIsRerunIntoAConsistentCollection() throws Exception {
        String solr = SolrTestCluster.shared().solr();
        Path docs = TestPaths.manyCopiesOfCorpus(tmp.resolve("docs"), 2);
        CliRun init = CliRun.of("solr-init", "--solr", solr, "--collection", "cli_it", "--shards", "2");
        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().contains("created collection cli_it"), init.out());

        try (SolrCollection collection = SolrCollection.connect(solr, "cli_it");
             MuniProcess worker = MuniProcess.start(tmp.resolve("worker1.log"), "ingest", docs.toString(), "--solr", solr,
                     "--collection", "cli_it", "--partition", "1/2", "--lock-ttl", LOCK_TTL, "--commit-every", "1",
                     "--parse-in", "process", "--threads", "1", "--quiet")) {
            SolrReader reader = new SolrReader(collection);
            worker.awaitWhileRunning("a first committed document", () -> reader.documentCount() > 0);
            worker.kill();
            assertTrue(reader.documentCount() < 10, "killed mid-run: " + reader.documentCount() + " documents");

            CliRun refused = ingest(docs, solr, "1/2");
            assertEquals(ExitCodes.LOCKED, refused.exitCode(), "the dead worker's lock holds until it expires: " + refused.err());
            assertTrue(refused.err().contains("partition 1/2"), refused.err());
            Thread.sleep(Long.parseLong(LOCK_TTL) * 1000 + 1000);
            CliRun rerun = ingest(docs, solr, "1/2");
            assertEquals(0, rerun.exitCode(), rerun.err());
            CliRun other = ingest(docs, solr, "2/2");
            assertEquals(0, other.exitCode(), other.err());
        }

        Path index = tmp.resolve("index");
        assertEquals(0, CliRun.of("ingest", docs.toString(), "--index", index.toString(), "--parse-in", "process",
                "--quiet").exitCode());
        Path fromIndex = tmp.resolve("index.json");
        Path fromSolr = tmp.resolve("solr.json");
        assertEquals(0, CliRun.of("export", "--index", index.toString(), "--out", fromIndex.toString()).exitCode());
        CliRun export = CliRun.of("export", "--solr", solr, "--collection", "cli_it", "--out", fromSolr.toString());
        assertEquals(0, export.exitCode(), export.err());
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(Files.readString(fromIndex));
        JsonNode actual = json.readTree(Files.readString(fromSolr));
        assertEquals(20, expected.get("documents").size());
        assertEquals(expected.get("documents"), actual.get("documents"), "the same documents, renditions and works");
        assertEquals(expected.get("aggregates"), actual.get("aggregates"));

        for (String query : new String[] {"frivilligsentral", "\"Røde Kors\"", "title:plattform"}) {
            JsonNode embedded = json.readTree(CliRun.of("search", query, "--index", index.toString(), "--json").out());
            CliRun search = CliRun.of("search", query, "--solr", solr, "--collection", "cli_it", "--json");
            assertEquals(0, search.exitCode(), search.err());
            assertEquals(embedded.get("total"), json.readTree(search.out()).get("total"), query);
        }
        readCommandsAnswerAsFromTheIndex(index, solr);
    }

    /**
     * org, person, measure, cases, case, stats and runs with {@code --solr} print what they print from the embedded
     * index; {@code serve --solr} serves the API from the collection.
     */
    private void readCommandsAnswerAsFromTheIndex(Path index, String solr) throws Exception {
        String[] onSolr = {"--solr", solr, "--collection", "cli_it"};
        String[] onIndex = {"--index", index.toString()};
        JsonNode cases = readJson(onIndex, "cases", "--json");
        assertTrue(cases.get("total").asInt() > 0, cases.toString());
        List<String[]> commands = new ArrayList<>(List.of(new String[] {"org", "Røde Kors", "--json"},
                new String[] {"org", "kommune"}, new String[] {"person", "nordmann", "--json"},
                new String[] {"measure", "tiltak", "--json"}, new String[] {"measure", "lokaler"},
                new String[] {"cases", "--json"}, new String[] {"cases"},
                new String[] {"case", cases.get("cases").get(0).get("caseNumber").asText()}));
        for (String[] command : commands) {
            CliRun expected = CliRun.of(concat(command, onIndex));
            CliRun actual = CliRun.of(concat(command, onSolr));
            assertEquals(0, actual.exitCode(), String.join(" ", command) + ": " + actual.err());
            assertEquals(expected.out(), actual.out(), String.join(" ", command));
        }
        CliRun stats = CliRun.of(concat(new String[] {"stats"}, onSolr));
        assertEquals(0, stats.exitCode(), stats.err());
        assertEquals(withoutLastRun(CliRun.of(concat(new String[] {"stats"}, onIndex)).out()), withoutLastRun(stats.out()));
        assertTrue(stats.out().contains("last run: "), "a worker's run: " + stats.out());
        JsonNode runs = readJson(onSolr, "runs", "--json");
        // the killed worker and the one refused by its lock left no report: the rerun's and the other worker's
        assertEquals(2, runs.size(), runs.toString());
        assertTrue(runs.get(0).get("id").asText().startsWith("run/2/2/"), "latest first: " + runs);
        assertTrue(runs.get(1).get("id").asText().startsWith("run/1/2/"), runs.toString());
        CliRun missing = CliRun.of("org", "kors", "--solr", solr, "--collection", "no_such_collection");
        assertEquals(ExitCodes.FATAL, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("no collection no_such_collection") && missing.err().contains("solr-init"),
                missing.err());

        try (MuniProcess server = MuniProcess.start(tmp.resolve("serve.log"), concat(new String[] {"serve", "--port", "0"},
                onSolr))) {
            server.awaitOutput("muni serving solr:cli_it on http://");
            Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(server.output());
            assertTrue(port.find(), server.output());
            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port.group(1) + "/api/search?q=frivilligsentral")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), search.body());
            assertEquals(readJson(onIndex, "search", "frivilligsentral", "--json").get("total"),
                    new ObjectMapper().readTree(search.body()).get("total"));
        }
    }

    private static JsonNode readJson(String[] where, String... command) throws Exception {
        CliRun run = CliRun.of(concat(command, where));
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }

    /** The summary of the last run differs: the index had one run, the collection its workers'. */
    private static String withoutLastRun(String stats) {
        return stats.replaceAll("(?m)^last run: .*$", "");
    }

    private static CliRun ingest(Path docs, String solr, String partition) {
        return CliRun.of("ingest", docs.toString(), "--solr", solr, "--collection", "cli_it", "--partition", partition,
                "--lock-ttl", LOCK_TTL, "--parse-in", "process", "--quiet");
    }
}
