package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The e-mail fixtures (src/test/resources/email: a thread of four messages, one with an attachment, one
 * with its subject in RFC 2047 encoded words and a windows-1252 quoted-printable body, and an unrelated
 * message) ingested once per test JVM, for the e-mail, API and browser tests.
 */
final class MailIndex {

    static final Path FIXTURES = Paths.get("src", "test", "resources", "email");

    private static Path dir;

    private MailIndex() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = TestPaths.sharedFixtureFolder("muni-mail");
                Path mail = tmp.resolve("mail");
                TestPaths.copyTree(FIXTURES, mail);
                Path index = tmp.resolve("index");
                CliRun ingest = CliRun.of("ingest", mail.toString(), "--index", index.toString(), "--quiet");
                assertEquals(0, ingest.exitCode(), ingest.err());
                dir = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
