package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read-only commands leave nothing behind, and an I/O error says what failed and why
 * (issue #14, item 7).
 */
class HonestCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void readOnlyCommandsOnAMissingIndexCreateNoFolder() {
        Path index = tmp.resolve("ingen-indeks");
        String[][] commands = {
                {"stats"}, {"search", "barnehage"}, {"export"}, {"org", "kommune"}, {"person", "Kari"},
                {"measure", "tiltak"}, {"runs"}, {"serve", "--port", "0"}};
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--index";
            args[command.length + 1] = index.toString();
            CliRun run = CliRun.of(args);
            assertFalse(Files.exists(index), String.join(" ", command) + " created " + index + " (exit "
                    + run.exitCode() + ": " + run.err() + ")");
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhatAndWhy() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("referat.txt"), "Referat fra møte i eldrerådet.\n\nSaken ble drøftet.\n");
        Path index = tmp.resolve("index");
        CliRun ingest = CliRun.of("ingest", docs.toString(), "--index", index.toString(), "--quiet");
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.err());

        Path missingFolder = tmp.resolve("finnes-ikke").resolve("eksport.json");
        CliRun run = CliRun.of("export", "--index", index.toString(), "--out", missingFolder.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("cannot write " + missingFolder + ": the folder") && run.err().contains("does not exist"),
                run.err());

        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc on this system");
        CliRun proc = CliRun.of("export", "--index", index.toString(), "--out", "/proc/x");
        assertEquals(ExitCodes.FATAL, proc.exitCode());
        assertTrue(proc.err().startsWith("muni: error: cannot write the export to /proc/x ("), proc.err());
        assertTrue(proc.err().strip().length() > "muni: error: cannot write the export to /proc/x (".length() + 8,
                proc.err());
    }
}
