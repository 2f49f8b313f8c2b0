package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.CaseInfo;
import no.muni.model.DocumentStructure;
import no.muni.model.Meeting;
import no.muni.model.MeetingItem;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;

/**
 * The same document printed by LibreOffice as PDF and as DOCX gives the structure its text gives: kind,
 * title, date, case numbers, the meeting with its items and the case part. Two sets: this module's
 * meeting and case fixtures, rendered by {@code src/test/resources/structure/rendered/render.sh} and
 * kept with the tests (CI has no LibreOffice); and the shared realdocs texts, rendered here when
 * LibreOffice ({@code soffice}) and {@code ../shared} are present, skipped with the reason otherwise.
 */
class RenderingParityTest {

    /** Differences the parse stage still makes, each skipped visibly with its reason. */
    private static final Map<String, String> KNOWN = Map.of(
            "07.pdf", "plain-text saksliste lines longer than the page wrap in LibreOffice's PDF, and the PDF table reader puts the"
                    + " wrapped word into the first column",
            "10.pdf", "the PDF paragraph join drops a spaced dash at a line end ('AS -' + 'Styrende')");
    private static final List<String> FIXTURES = List.of(
            "moteprotokoll-kommunestyret", "moteinnkalling-hovedutvalg", "saksframlegg-rusforebygging");
    private static final Map<String, Function<DocumentStructure, Object>> FIELDS = fields();

    private static TikaDocumentParser parser;

    @TempDir
    static Path rendered;

    @BeforeAll
    static void openParser() {
        parser = new TikaDocumentParser(ParseLimits.defaults());
    }

    @TestFactory
    Stream<DynamicTest> fixturesAsLibreOfficePrintsThem() throws URISyntaxException {
        Path dir = Path.of(RenderingParityTest.class.getResource("/structure/rendered").toURI());
        return FIXTURES.stream().flatMap(stem -> Stream.of("pdf", "docx").map(ext -> DynamicTest.dynamicTest(stem + "." + ext,
                () -> assertSameStructure(StructureFixtures.structure(StructureFixtures.resource(stem + ".txt")),
                        dir.resolve(stem + "." + ext)))));
    }

    @TestFactory
    Stream<DynamicTest> realdocsRenderedByLibreOffice() throws IOException, InterruptedException {
        String shared = System.getProperty("muni.shared");
        Path texts = shared == null ? null : Path.of(shared, "realdocs", "texts");
        assumeTrue(texts != null && Files.isDirectory(texts), "../shared/realdocs/texts is absent");
        assumeTrue(soffice(List.of("--version"), Path.of(".")), "LibreOffice (soffice) is not installed");
        List<Path> files;
        try (Stream<Path> list = Files.list(texts)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (String format : List.of("pdf", "docx")) {
            List<String> args = new java.util.ArrayList<>(List.of("--headless", "--convert-to", format, "--outdir", rendered.toString()));
            files.forEach(f -> args.add(f.toString()));
            assumeTrue(soffice(args, rendered), "soffice could not convert the realdocs texts to " + format);
        }
        return files.stream().flatMap(txt -> Stream.of("pdf", "docx").map(ext -> {
            String name = txt.getFileName().toString().replace(".txt", "." + ext);
            return DynamicTest.dynamicTest(name, () -> {
                assumeFalse(KNOWN.containsKey(name), () -> name + ": " + KNOWN.get(name));
                assertSameStructure(StructureFixtures.structure(Files.readString(txt)), rendered.resolve(name));
            });
        }));
    }

    private static boolean soffice(List<String> args, Path dir) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("soffice"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void assertSameStructure(DocumentStructure expected, Path rendering) throws Exception {
        DocumentStructure actual = DocumentStructurer.standard().extract(parser.parse(rendering).container().content());
        assertAll(FIELDS.entrySet().stream().map(field -> (Executable) () -> assertEquals(
                field.getValue().apply(expected), field.getValue().apply(actual), field.getKey())));
    }

    private static Map<String, Function<DocumentStructure, Object>> fields() {
        Map<String, Function<DocumentStructure, Object>> fields = new LinkedHashMap<>();
        fields.put("docType", DocumentStructure::docType);
        fields.put("title", DocumentStructure::title);
        fields.put("date", DocumentStructure::date);
        fields.put("caseNumbers", DocumentStructure::caseNumbers);
        fields.put("meeting header", d -> d.meeting() == null ? null : List.of(String.valueOf(d.meeting().body()),
                String.valueOf(d.meeting().date()), String.valueOf(d.meeting().place()), String.valueOf(d.meeting().startTime()),
                String.valueOf(d.meeting().endTime())));
        fields.put("meeting members", d -> d.meeting() == null ? null : d.meeting().members());
        fields.put("meeting items", d -> d.meeting() == null ? null : d.meeting().items().stream().map(RenderingParityTest::item).toList());
        fields.put("case", d -> d.caseInfo() == null ? null : caseView(d.caseInfo()));
        return fields;
    }

    /** An item with its texts' whitespace folded: a rendering may break a long line where the text did not. */
    private static String item(MeetingItem i) {
        return String.join(" | ", i.number(), String.valueOf(i.kind()), fold(i.title()), String.valueOf(i.caseNumber()),
                fold(i.proposal()), fold(i.handling()), String.valueOf(i.votes()), fold(i.decision()));
    }

    private static List<Object> caseView(CaseInfo c) {
        return List.of(String.valueOf(c.caseNumber()), String.valueOf(c.officer()), String.valueOf(c.archiveCode()), c.route(),
                fold(c.recommendation()), c.attachments());
    }

    private static String fold(String text) {
        return text == null ? "null" : text.replaceAll("\\s+", " ").strip();
    }
}
