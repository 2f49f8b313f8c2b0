package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample corpus plus one hostile document (markup in its title and text), ingested once per test
 * JVM: ingesting takes seconds, and the search, lookup and browser tests only read it.
 */
final class SampleIndex {

    static final String HOSTILE = "zz-hostile.html";

    private static Path dir;

    private SampleIndex() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = TestPaths.sharedFixtureFolder("muni-sample");
                Path corpus = tmp.resolve("corpus");
                TestPaths.copyTree(TestPaths.corpus(), corpus);
                Files.writeString(corpus.resolve(HOSTILE), """
                        <html><head><title>Fiendtlig &lt;script&gt;window.pwned=1&lt;/script&gt;</title></head>
                        <body><h1>Fiendtlig dokument</h1>
                        <p>Frivillighetskoordinator &lt;script&gt;window.pwned=2&lt;/script&gt;
                        &lt;img src=x onerror="window.pwned=3"&gt; hostiletestword.</p></body></html>""");
                Path index = tmp.resolve("index");
                CliRun ingest = CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--quiet");
                assertEquals(0, ingest.exitCode(), ingest.err());
                dir = index;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
