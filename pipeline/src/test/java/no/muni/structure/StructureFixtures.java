package no.muni.structure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.muni.model.DocumentStructure;
import no.muni.model.ParsedContent;
import no.muni.text.PlainTextBlocks;

/**
 * Test input for the typed extractors: the shared seeds with their gold expectations (skipped when
 * {@code ../shared} is absent) and this module's own fixtures, run through the plain-text builder
 * and the whole structure stage.
 */
public final class StructureFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StructureFixtures() {
    }

    /** The text of the shared seed whose file name starts with {@code prefix} ("001_"). */
    public static String seed(String prefix) {
        return read(sharedFile("seeds", prefix, ".txt"));
    }

    /** The gold expectations of the shared seed whose file name starts with {@code prefix}. */
    public static JsonNode gold(String prefix) {
        try {
            return JSON.readTree(sharedFile("gold", prefix, ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture under {@code src/test/resources/structure/}. */
    public static String resource(String name) {
        try (InputStream in = StructureFixtures.class.getResourceAsStream("/structure/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the whole structure stage on plain text, as the pipeline does for a .txt file. */
    public static DocumentStructure structure(String text) {
        return DocumentStructurer.standard().extract(new ParsedContent(new PlainTextBlocks().parse(text), "text/plain", null));
    }

    /**
     * A test factory's answer when its input is absent: one dynamic test that reports itself skipped with
     * the reason. (An assumption failing in the factory itself hides it: Maven would print "Tests run: 0".)
     */
    static java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> skipped(String reason) {
        return java.util.stream.Stream.of(org.junit.jupiter.api.DynamicTest.dynamicTest("skipped",
                () -> assumeTrue(false, "skipped: " + reason)));
    }

    private static Path sharedFile(String folder, String prefix, String suffix) {
        String shared = System.getProperty("muni.shared");
        assumeTrue(shared != null, "muni.shared is not set");
        Path dir = Path.of(shared, folder);
        assumeTrue(Files.isDirectory(dir), dir + " is absent");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "*" + suffix + " in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
