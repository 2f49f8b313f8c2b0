package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * One archive case (23/858, a frivilligsentral) followed through two bodies in our own fixtures, written
 * as ACOS WebSak and Elements print them: the saksframlegg with its saksgang Formannskapet → Kommunestyret,
 * the formannskap's møteprotokoll (innstilling, a new point 4 voted 5 against 1, innstilling til
 * kommunestyret), the kommunestyre's møteinnkalling and its møteprotokoll with the final vedtak (21 against
 * 6). The case number is written "23/858-4", "23/858" and "2023/00858". Ingested once per test JVM.
 */
final class CaseIndex {

    static final String CASE = "2023/00858";

    private static Path dir;

    private CaseIndex() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path fixtures = Path.of(CaseIndex.class.getResource("/cases").toURI());
                Path index = TestPaths.sharedFixtureFolder("muni-cases").resolve("index");
                CliRun ingest = CliRun.of("ingest", fixtures.toString(), "--index", index.toString(), "--quiet");
                assertEquals(0, ingest.exitCode(), ingest.err());
                dir = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }
}
