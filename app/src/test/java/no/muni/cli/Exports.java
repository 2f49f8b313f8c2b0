package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Exports an index through the command line and reads the documents back. */
final class Exports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Exports() {
    }

    /** Every exported document, in export order (duplicates, if any, kept). */
    static List<JsonNode> documents(Path index) throws IOException {
        Path out = Files.createTempFile(index.getParent(), "export", ".ndjson");
        CliRun run = CliRun.of("export", "--index", index.toString(), "--format", "ndjson", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<JsonNode> docs = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            docs.add(JSON.readTree(line));
        }
        Files.delete(out);
        return docs;
    }
}
