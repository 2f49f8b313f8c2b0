package no.muni.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generates the corpus from the seeds into a temporary directory and checks, through Tika (what the
 * pipeline will use) and PDFBox, that each file has the structure it is meant to exercise, that no
 * seed text was lost, and that the committed corpus/ is what the generator currently produces.
 */
class CorpusGeneratorTest {

    private static final String LETTERHEAD_BLOCK = "Kommunedirektør Politisk sekretariat Organisasjonsnummer 921234554 "
            + "Postadresse Postboks 7500 3008 DRAMMEN Besøksadresse Telefon +4732040000 kommunepost@drammen.kommune.no";

    @TempDir
    static Path out;
    static Path seeds;

    @BeforeAll
    static void generate() throws IOException {
        seeds = Path.of(System.getProperty("muni.shared", "../../shared")).resolve("seeds");
        if (Files.isDirectory(seeds)) {
            CorpusGenerator.generate(seeds, out);
        }
    }

    /** Each test reports itself skipped with the reason (an abort in {@code @BeforeAll} would hide them all). */
    @BeforeEach
    void needsSeeds() {
        assumeTrue(Files.isDirectory(seeds), "skipped: the seeds are not at " + seeds + " (../shared is only on CI and dev machines)");
    }

    private static Path published(String number) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")
                            && !p.getFileName().toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }

    private static Seed seed(String number) throws IOException {
        try (var files = Files.list(seeds)) {
            return Seed.read(files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow());
        }
    }

    @Test
    void everySeedIsCopiedVerbatimAndPublishedUnderItsStem() throws IOException {
        try (var files = Files.list(seeds)) {
            for (Path seed : files.toList()) {
                String name = seed.getFileName().toString();
                assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(out.resolve(name)), name);
                String stem = name.substring(0, name.length() - 4);
                String ext = CorpusGenerator.extension(stem.substring(0, 3));
                assertTrue(Files.size(out.resolve(stem + "." + ext)) > 1000, stem + "." + ext);
            }
        }
        try (var files = Files.list(out)) {
            assertEquals(10, files.count(), "5 transcriptions + 5 published files, nothing else");
        }
    }

    // ---- 000: two-page letter, letterhead as the footer of every page

    @Test
    void letterHasTwoPagesEachEndingInTheLetterhead() throws IOException {
        Path pdf = published("000");
        Tika tika = Tika.parse(pdf);
        assertEquals("2", tika.metadata().get("xmpTPg:NPages"));
        List<String> pages = tika.sections("<div class=\"page\">", "</div>");
        assertEquals(2, pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String page = Tika.flat(pages.get(i));
            assertEquals(1, Tika.count(page, "Organisasjonsnummer"), "page " + (i + 1));
            assertEquals(1, Tika.count(page, "kommunepost@drammen.kommune.no"), "page " + (i + 1));
            assertEquals(1, Tika.count(page, "3008 DRAMMEN"), "page " + (i + 1));
            // the footer is the last thing on the page, and sits in its bottom sixth
            assertTrue(page.strip().endsWith("kommunepost@drammen.kommune.no</p> <p />"), page);
            String bottom = PdfInspector.band(pdf, i + 1, 5 / 6.0, 1.0);
            assertTrue(bottom.contains("Organisasjonsnummer") && bottom.contains("Postboks 7500"), bottom);
            String above = PdfInspector.band(pdf, i + 1, 0, 5 / 6.0);
            assertFalse(above.contains("Organisasjonsnummer"), "letterhead must not be in the body flow");
        }
        assertTrue(pages.get(0).contains("Takker for svar"));
        assertTrue(pages.get(1).contains("Vedlegg"), "the body must flow onto page 2");
    }

    @Test
    void letterKeepsAnswerMarkersAndItalics() throws IOException {
        Path pdf = published("000");
        String text = Tika.parse(pdf).flatText();
        for (String marker : List.of("1) Intensjonsavtale", "2) Det pågår", "3) Pensjonistforbundet", "4) Forandringshuset")) {
            assertTrue(text.contains(marker), marker);
        }
        assertEquals("Helvetica-Oblique", PdfInspector.fontOf(pdf, "Fritidskassa"));
        assertEquals("Helvetica", PdfInspector.fontOf(pdf, "Takker"));
        assertEquals("Helvetica-Bold", PdfInspector.fontOf(pdf, "Svar"));
    }

    // ---- 001: minutes with headings and real Word lists

    @Test
    void minutesHaveHeadingsAndWordListParagraphs() throws IOException {
        Tika tika = Tika.parse(published("001"));
        String x = tika.xhtml();
        assertTrue(x.contains("<h1 class=\"title\">Dialogmøte med den humanitære delen av frivilligheten</h1>"), "title");
        assertTrue(x.contains("<h1>Spørsmål 1:</h1>"));
        assertTrue(x.contains("<h1>Spørsmål 2 –</h1>"));
        assertTrue(x.contains("<h2>A. Nærutvalg:</h2>"));
        assertTrue(x.contains("<h2>D. Knutepunkt:</h2>"));
        assertTrue(x.contains("<h2>1. Samarbeid</h2>"));
        assertTrue(x.contains("<h2>4. Annet</h2>"));
        // Tika renders a numbered (numPr) paragraph with its bullet label; a typed "- " would come through as "- "
        long items = seed("001").lines().stream().filter(l -> l instanceof SeedLine.Item).count();
        assertEquals(items, Tika.count(x, "<p class=\"list_Paragraph\">·"));
        assertFalse(Pattern.compile("<p[^>]*>- ").matcher(x).find(), "no paragraph may start with a typed dash");
        assertTrue(x.contains("<p class=\"list_Paragraph\">jobber mot barn og ungdom, samme tema</p>"),
                "a bullet's continuation line stays an un-numbered list paragraph");
    }

    // ---- 002: tables with bullet lists in the cells

    @Test
    void groupSummaryHasThreeTablesWithContinuationRows() throws IOException {
        Tika tika = Tika.parse(published("002"));
        List<String> tables = tika.sections("<table>", "</table>");
        assertEquals(List.of(6, 5, 5), tables.stream().map(t -> Tika.count(t, "<tr>")).toList());
        long seedRows = seed("002").lines().stream().filter(l -> l instanceof SeedLine.Row).count();
        assertEquals(seedRows, tables.stream().mapToInt(t -> Tika.count(t, "<tr>")).sum());
        // rows whose first cell is empty: where the table broke across a page (tables 1 and 3)
        List<Integer> continuation = tables.stream()
                .map(t -> Tika.count(t, "<tr>\t<td><p />")).toList();
        assertEquals(List.of(1, 0, 1), continuation);
    }

    @Test
    void groupSummaryCellsHoldBulletListsAndInlineStyles() throws IOException {
        Tika tika = Tika.parse(published("002"));
        String tables = String.join("", tika.sections("<table>", "</table>"));
        String seedText = Files.readString(seed("002").file(), StandardCharsets.UTF_8);
        assertEquals(Tika.count(seedText, "<li>"), Tika.count(tables, "<p class=\"list_Paragraph\">·"));
        assertTrue(tables.contains("<b>alle</b>"));
        assertTrue(tables.contains("<i>få frem ønsker hos disse blir viktig</i>"));
        assertTrue(tables.contains("<b>Delmål – slik vil vi ha det</b>"), "header row is bold");
        String text = tika.text();
        assertFalse(text.contains("<li>") || text.contains("<ul") || text.contains("<p>") || text.contains("• "),
                "transcription markup must become formatting, not text");
        assertTrue(tika.xhtml().contains("<h1>Sammenfattede gruppereferat</h1>"));
        assertTrue(tika.xhtml().contains("<h3>Politikkområde; God oppvekst og godt liv</h3>"));
        assertTrue(tika.xhtml().contains("<h3>Hva ligger i «deltakende innbyggere?»</h3>"));
    }

    // ---- 003: policy platform PDF, numbered headings and a ruled table

    @Test
    void platformHasBigBoldNumberedHeadingsAndItsTable() throws IOException {
        Path pdf = published("003");
        String text = Tika.parse(pdf).flatText();
        assertTrue(text.contains("frivillighetskoordinator"));
        assertTrue(text.contains("4.2. Aktuelle tiltak 2015-2018:"));
        List<PdfInspector.Chunk> chunks = PdfInspector.chunks(pdf);
        float body = chunks.stream().filter(c -> c.text().startsWith("Frivillighetspolitikken skal til enhver tid"))
                .findFirst().orElseThrow().size();
        for (String heading : List.of("1. Mål", "4. Kommunal støtte til frivillig sektor", "10. Grunnlaget for frivillighetspolitikken")) {
            PdfInspector.Chunk c = chunks.stream().filter(ch -> ch.text().equals(heading)).findFirst().orElseThrow();
            assertEquals("Helvetica-Bold", c.font(), heading);
            assertTrue(c.size() > body, heading + " must be larger than body text");
        }
        PdfInspector.Chunk sub = chunks.stream().filter(c -> c.text().startsWith("4.2.")).findFirst().orElseThrow();
        assertTrue(sub.font().startsWith("Helvetica-Bold") && sub.size() > body, "4.2 is a sub-heading");
        // the table: its header, row captions in bold, and each cell's text kept together in reading order
        assertTrue(text.contains("Mål Strategier Gode nærmiljøer i hele byen Skolene skal være aktivitetssentre for "
                + "bydelene sine. Etablere organisert"), text);
        assertEquals("Helvetica-Bold", PdfInspector.fontOf(pdf, "Sosiale tjenester"));
    }

    // ---- 004: scraped HTML page with chrome around the transcript

    @Test
    void transcriptPageHasChromeTranscriptAndRelatedDocuments() throws IOException {
        Path html = published("004");
        String raw = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(raw.contains("<meta charset=\"utf-8\">"));
        int header = raw.indexOf("<header");
        int toolbar = raw.indexOf("Størrelse:");
        int transcript = raw.indexOf("<section class=\"transcript\"");
        int related = raw.indexOf("<aside class=\"related\"");
        assertTrue(header >= 0 && header < toolbar && toolbar < transcript && transcript < related);

        Tika tika = Tika.parse(html);
        assertEquals("Drammen Kommunes frivillighetspolitikk", tika.metadata().get("dc:title"));
        String x = tika.xhtml();
        assertTrue(x.contains("Transkript"));
        Matcher slides = Pattern.compile("<p>(\\d+) ").matcher(x);
        List<Integer> numbers = new ArrayList<>();
        while (slides.find()) {
            numbers.add(Integer.parseInt(slides.group(1)));
        }
        assertEquals(17, numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "slides in order");
        }
        assertTrue(x.contains("<p>14 Utvalgets sammensetning Leder: Tove Paule"));
        List<String> teasers = tika.sections("<li>", "</li>");
        assertEquals(30, teasers.size());
        assertTrue(teasers.stream().allMatch(t -> t.contains(">Detaljer</a>")));
    }

    // ---- all: no text lost or invented

    /**
     * Every line of every seed, stripped of its transcription markup, is found in the text Tika gets
     * from the published file. Table rows are checked cell by cell, list items without their "- ".
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noSeedTextIsLost(String number) throws IOException {
        String text = Tika.parse(published(number)).flatText();
        if (number.equals("000")) {
            // the footer interrupts the sentence that runs over the page break; reading across it:
            text = Tika.flat(text.replace(LETTERHEAD_BLOCK, " "));
        }
        Seed seed = seed(number);
        List<String> expected = new ArrayList<>();
        for (SeedLine line : seed.lines()) {
            switch (line) {
                case SeedLine.Para p -> expected.add(number.equals("004") ? p.text() : Inline.plain(p.text()));
                case SeedLine.Item i -> expected.add(Inline.plain(i.text()));
                case SeedLine.Heading h -> expected.add(Inline.plain(h.text()));
                case SeedLine.Row r -> {
                    for (String cell : r.cells()) {
                        for (CellContent.Block b : CellContent.parse(cell)) {
                            expected.add(b.runs().stream().map(Run::text).reduce("", String::concat));
                        }
                    }
                }
                case SeedLine.Blank b -> {
                }
            }
        }
        if (number.equals("000")) {
            expected.removeIf(LETTERHEAD_BLOCK::contains); // checked per page above
        }
        for (String line : expected) {
            assertTrue(text.contains(Tika.flat(line)), number + ": lost \"" + line + "\"");
        }
    }

    // ---- the committed corpus/ is current

    /**
     * corpus/ in the repository must be what the generator makes now. Compared through Tika, not byte
     * for byte: the files are reproducible, but Deflate output may differ between JDK builds.
     */
    @Test
    void committedCorpusIsUpToDate() throws IOException {
        Path committed = Path.of(System.getProperty("muni.root", "..")).resolve("corpus");
        assumeTrue(Files.isDirectory(committed), "no corpus/ at " + committed);
        try (var files = Files.list(out)) {
            for (Path fresh : files.toList()) {
                Path old = committed.resolve(fresh.getFileName());
                assertTrue(Files.exists(old), "missing in corpus/: " + fresh.getFileName());
                String name = fresh.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".html")) {
                    assertArrayEquals(Files.readAllBytes(fresh), Files.readAllBytes(old), name + " is stale: regenerate");
                } else {
                    assertEquals(Tika.parse(fresh).xhtml(), Tika.parse(old).xhtml(), name + " is stale: regenerate");
                }
            }
        }
        try (var files = Files.list(committed)) {
            assertEquals(10, files.count(), "corpus/ holds only documents: no README or stray files");
        }
    }
}
