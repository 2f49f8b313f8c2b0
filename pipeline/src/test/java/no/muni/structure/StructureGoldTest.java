package no.muni.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.muni.model.DocumentStructure;
import no.muni.model.ParsedContent;
import no.muni.text.PlainTextBlocks;

/**
 * The seeds of ../shared against their gold files, and this project's own second examples (a reply
 * and a presentation from other municipalities, written to the same conventions) against theirs.
 */
class StructureGoldTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECOND_EXAMPLES = List.of("reply-tromso", "presentation-bodo");

    private final StructureExtractor structurer = DocumentStructurer.standard();

    @TestFactory
    Stream<DynamicTest> seedsMatchTheirGold() throws IOException {
        String shared = System.getProperty("muni.shared");
        if (shared == null || !Files.isDirectory(Path.of(shared, "gold"))) {
            return StructureFixtures.skipped("../shared/gold not found (system property muni.shared=" + shared + ")");
        }
        Path gold = Path.of(shared, "gold");
        try (Stream<Path> files = Files.list(gold)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream().map(goldFile -> {
                JsonNode expected = read(goldFile);
                Path seed = Path.of(shared, "seeds", expected.get("seed").asText());
                return DynamicTest.dynamicTest(seed.getFileName().toString(),
                        () -> StructureExpectations.assertMatches(expected, structure(Files.readString(seed))));
            }).toList().stream();
        }
    }

    @TestFactory
    Stream<DynamicTest> secondExamplesMatchTheirExpectations() {
        return SECOND_EXAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            JsonNode expected = JSON.readTree(resource(name + ".json"));
            StructureExpectations.assertMatches(expected, structure(resource(name + ".txt")));
        }));
    }

    private DocumentStructure structure(String text) {
        return structurer.extract(new ParsedContent(new PlainTextBlocks().parse(text), "text/plain", null));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StructureGoldTest.class.getResourceAsStream("/structure/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /structure/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
