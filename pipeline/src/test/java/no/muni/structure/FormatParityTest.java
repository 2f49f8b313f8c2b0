package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.ParsedContent;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;

/**
 * Every document in {@code corpus/} published as PDF, DOCX or HTML must come out of the pipeline
 * (Tika, block builder, structure stage) with the same structure as its .txt transcription under
 * the same stem. Only the form differs between the two, so any difference is the pipeline's.
 * Also prints how long the structure stage takes per document.
 */
class FormatParityTest {

    private static TikaDocumentParser parser;
    private static final List<Long> STRUCTURE_NANOS = new ArrayList<>();
    private final StructureExtractor structurer = DocumentStructurer.standard();
    private static final Pattern LABEL = Pattern.compile("\\||\\d{1,3}|[A-Za-z0-9]{1,2}[.)]");

    /** The fields compared, each as a plain value: texts with their whitespace folded, lists as lists. */
    private static final Map<String, Function<DocumentStructure, Object>> FIELDS = fields();

    @BeforeAll
    static void openParser() {
        parser = new TikaDocumentParser(ParseLimits.defaults());
    }

    @AfterAll
    static void reportTimes() {
        if (!STRUCTURE_NANOS.isEmpty()) {
            long[] ms = STRUCTURE_NANOS.stream().mapToLong(n -> n / 1_000).sorted().toArray();
            System.out.printf("structure stage per document over %d parses of corpus/: median %.2f ms, max %.2f ms%n",
                    ms.length, ms[ms.length / 2] / 1000.0, ms[ms.length - 1] / 1000.0);
        }
    }

    @TestFactory
    Stream<DynamicTest> publishedFormatsGiveTheStructureOfTheirTranscription() throws IOException {
        String root = System.getProperty("muni.root");
        if (root == null || !Files.isDirectory(Path.of(root, "corpus"))) {
            return StructureFixtures.skipped("corpus/ not found (muni.root=" + root + ")");
        }
        List<Path> published;
        try (Stream<Path> files = Files.list(Path.of(root, "corpus"))) {
            published = files.filter(p -> !p.toString().endsWith(".txt")).sorted().toList();
        }
        return published.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            DocumentStructure expected = structure(transcriptionOf(file));
            DocumentStructure actual = structure(file);
            assertAll(FIELDS.entrySet().stream().map(field -> (Executable) () -> assertEquals(
                    field.getValue().apply(expected), field.getValue().apply(actual), field.getKey())));
        }));
    }

    private static Path transcriptionOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".txt");
    }

    private DocumentStructure structure(Path file) throws ParseFailure {
        ParsedContent content = parser.parse(file).container().content();
        long start = System.nanoTime();
        DocumentStructure structure = structurer.extract(content);
        synchronized (STRUCTURE_NANOS) {
            STRUCTURE_NANOS.add(System.nanoTime() - start);
        }
        return structure;
    }

    private static Map<String, Function<DocumentStructure, Object>> fields() {
        Map<String, Function<DocumentStructure, Object>> fields = new LinkedHashMap<>();
        fields.put("docType", DocumentStructure::docType);
        fields.put("title", d -> fold(d.title()));
        fields.put("date", DocumentStructure::date);
        fields.put("dateText", DocumentStructure::dateText);
        fields.put("caseNumber", DocumentStructure::caseNumber);
        fields.put("text (body without furniture or scraped junk)", d -> words(d.text()));
        // A transcript's slide numbers read as section numbers in plain text only; slides carry them.
        fields.put("numbered sections", d -> DocType.PRESENTATION.equals(d.docType()) ? List.of()
                : d.sections().stream().filter(s -> s.number() != null).map(s -> s.number() + " " + fold(s.heading())).toList());
        fields.put("sender", DocumentStructure::sender);
        fields.put("question", d -> d.reply().question());
        fields.put("questions", d -> d.reply().questions().stream().map(q -> q.number() + " " + fold(q.text())).toList());
        fields.put("answers", d -> d.reply().answers().stream().map(a -> a.number() + " " + fold(a.text())).toList());
        fields.put("attachments", d -> d.reply().attachments());
        fields.put("organiser", d -> d.minutes().organiser());
        fields.put("participants", d -> d.minutes().participants());
        fields.put("participantCount", d -> d.minutes().participantCount());
        fields.put("agenda", d -> d.minutes().agenda().stream().map(a -> a.number() + " " + fold(a.text()) + " "
                + a.topics().stream().map(t -> t.label() + " " + t.title() + " " + t.points().size()).toList()).toList());
        fields.put("signedBy", d -> d.minutes().signedBy());
        fields.put("policyAreas", d -> d.policy().policyAreas());
        fields.put("goals", d -> d.policy().goals());
        fields.put("decision", d -> d.policy().decision());
        fields.put("principles", d -> d.policy().principles().stream().map(p -> p.section() + " " + fold(p.text())).toList());
        fields.put("measures", d -> d.measures().stream()
                .map(m -> m.section() + " " + m.item() + " " + m.period() + " " + fold(m.text())).toList());
        fields.put("references", DocumentStructure::references);
        fields.put("slides", d -> d.presentation().slides().stream().map(s -> s.number() + " " + fold(s.title())).toList());
        fields.put("committee", d -> d.presentation().committee());
        fields.put("facts", d -> d.presentation().facts());
        return fields;
    }

    /**
     * The body's words without the labels of lists and headings ("A.", "1") and the cell separator
     * of table text: which of those a block keeps in its text depends on the format's markup.
     */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty() && !LABEL.matcher(w).matches()).toList();
    }

    /** Whitespace is the layout's: a PDF breaks a paragraph into lines where a transcription does not. */
    private static String fold(String text) {
        return text == null ? null : String.join(" ", Arrays.stream(text.split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }
}
