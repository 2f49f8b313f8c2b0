package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;

/** Two nightly runs on one index: the second leaves at once, changing nothing. */
class IngestLockTest {

    @TempDir
    Path tmp;

    @Test
    void aSecondIngestWhileAnotherRunsExitsWithFourAndChangesNothing() throws Exception {
        Path index = tmp.resolve("index");
        Path slow = TestPaths.manyCopiesOfCorpus(tmp.resolve("slow"), 6);
        Path other = TestPaths.shortTexts(tmp.resolve("other"), 2);

        try (MuniProcess first = MuniProcess.start(tmp.resolve("first.log"), "ingest", slow.toString(),
                "--index", index.toString(), "--threads", "1", "--commit-every", "5")) {
            // printed once the writer is open, i.e. once the first run holds the lock
            first.awaitOutput("files to check");

            CliRun second = CliRun.of("ingest", other.toString(), "--index", index.toString(), "--quiet");
            assertEquals(ExitCodes.LOCKED, second.exitCode(), second.out() + second.err());
            assertTrue(second.err().contains("locked by another running muni ingest"), second.err());
            assertEquals("", second.out());

            first.kill();
        }
        assertFalse(reportsMention(index, other), "the locked-out run wrote no report");
        if (DocumentIndex.at(index).exists()) {
            assertTrue(Exports.documents(index).stream().noneMatch(d -> d.path("root").asText().equals("other")),
                    "nothing of the locked-out run was indexed");
        }

        // kill -9 leaves Lucene's write.lock file behind, but the OS lock died with the process
        CliRun after = CliRun.of("ingest", other.toString(), "--index", index.toString(), "--quiet");
        assertEquals(ExitCodes.OK, after.exitCode(), after.err());
        assertTrue(reportsMention(index, other));
    }

    private static boolean reportsMention(Path index, Path root) throws IOException {
        Path runs = index.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return false;
        }
        try (var files = Files.list(runs)) {
            String rootJson = "\"" + root.toAbsolutePath().normalize() + "\"";
            return files.anyMatch(f -> {
                try {
                    return Files.readString(f).contains(rootJson);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
