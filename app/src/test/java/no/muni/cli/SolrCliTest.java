package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.solr.SolrCollection;
import no.muni.solr.SolrReader;
import no.muni.solr.SolrTestCluster;

/**
 * The command line against a real 2-node SolrCloud cluster: {@code solr-init}, two partitioned {@code ingest --solr}
 * workers of which one is killed (SIGKILL) mid-run and started again, then {@code export} and {@code search} with
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
    }

    private static CliRun ingest(Path docs, String solr, String partition) {
        return CliRun.of("ingest", docs.toString(), "--solr", solr, "--collection", "cli_it", "--partition", partition,
                "--lock-ttl", LOCK_TTL, "--parse-in", "process", "--quiet");
    }
}
