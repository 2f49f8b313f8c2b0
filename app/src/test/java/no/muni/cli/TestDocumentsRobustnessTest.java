package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ../shared/testdocs: broken, encrypted, bomb-like, mislabelled and oddly encoded files. The run must
 * end, account for every file, respect the time limit and leave an index that opens.
 */
class TestDocumentsRobustnessTest {

    private static final int TIMEOUT_SECONDS = 30;

    @TempDir
    Path tmp;

    @Test
    void everyFileIsIndexedOrReportedAndTheIndexStaysUsable() throws IOException {
        Path testdocs = TestPaths.shared("testdocs");
        Path index = tmp.resolve("index");

        CliRun run = CliRun.of("ingest", testdocs.toString(), "--index", index.toString(), "--quiet",
                "--timeout", Integer.toString(TIMEOUT_SECONDS));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 3, "exit " + run.exitCode() + ": " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack traces: " + run.err());

        JsonNode report = IngestEndToEndTest.lastReport(index);
        Set<String> failed = new HashSet<>();
        for (JsonNode f : report.path("failures")) {
            assertFalse(f.path("reason").asText().isBlank(), "a reason for " + f);
            failed.add(Path.of(f.path("path").asText()).getFileName().toString());
        }
        Map<String, JsonNode> exported = IngestEndToEndTest.export(index);
        Set<String> indexed = new HashSet<>();
        for (String source : exported.keySet()) {
            indexed.add(source.contains("!") ? source.substring(0, source.indexOf('!')) : source);
        }
        try (Stream<Path> files = Files.list(testdocs)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                String name = f.getFileName().toString();
                assertTrue(indexed.contains(name) ^ failed.contains(name),
                        name + " must be either indexed or failed with a reason");
            }
        }
        for (JsonNode slow : report.path("slowest")) {
            assertTrue(slow.path("millis").asLong() < (TIMEOUT_SECONDS + 10) * 1000L,
                    "time limit respected: " + slow);
        }
        // external entities are never resolved: nothing from the machine's files reaches the index
        for (JsonNode d : exported.values()) {
            assertFalse(d.path("text").asText().contains("root:x:0:0"), d.path("source").asText());
        }
        assertTrue(failed.contains("pdfbox_PasswordSample-256bit.pdf"));
        assertTrue(report.path("failures").toString().contains("encrypted"));
        assertTrue(failed.contains("pdfbox_RandomAccessReadEmptyFile.txt"));
        assertTrue(indexed.contains("uchardet_no_windows-1252.txt"));
        assertTrue(exported.get("uchardet_no_windows-1252.txt").path("text").asText().matches("(?s).*[æøå].*"),
                "Norwegian letters decoded from windows-1252");

        // archive members and attachments become child documents of their container
        long zipMembers = exported.values().stream()
                .filter(d -> "testdocs/tika_test-documents.zip".equals(d.path("parentId").asText())).count();
        assertTrue(zipMembers >= 5, "members of the zip: " + zipMembers);
        // the zip that contains itself ends at the nesting limit
        assertTrue(exported.values().stream().filter(d -> "testdocs/tika_droste.zip".equals(d.path("parentId").asText()))
                .count() <= 3);

        CliRun search = CliRun.of("search", "the", "--index", index.toString());
        assertTrue(search.exitCode() == 0, "index opens after the run: " + search.err());
        assertTrue(List.of(0, 3).contains(CliRun.of("ingest", testdocs.toString(), "--index", index.toString(),
                "--quiet").exitCode()));
    }
}
