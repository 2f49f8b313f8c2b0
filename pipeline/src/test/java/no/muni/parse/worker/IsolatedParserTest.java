package no.muni.parse.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Table;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;
import no.muni.parse.NeedsTesseract;
import no.muni.parse.TikaDocumentParser;

/**
 * Parsing in child JVMs: the same blocks as in process, and a file that hangs or bombs costs only
 * itself (issue #14, item 3). Each test starts real worker processes.
 */
class IsolatedParserTest {

    @TempDir
    Path tmp;

    @Test
    void aChildParsesTheSameBlocksAsTheProcessItself() throws Exception {
        Path html = Files.writeString(tmp.resolve("plan.html"), """
                <html><head><title>Plan for idrett</title></head><body>
                <h1>Plan for idrett og friluftsliv</h1>
                <p>Kommunen skal <i>styrke</i> frivilligheten.</p>
                <ul><li>Nye turstier</li><li>Lysløype på Åsen</li></ul>
                <table><tr><td>Tiltak</td><td><ul><li>Kunstgress</li></ul></td></tr></table>
                </body></html>""", StandardCharsets.UTF_8);
        ParseResult inProcess = new TikaDocumentParser(ParseLimits.defaults()).parse(html);
        try (IsolatedParser isolated = new IsolatedParser(ParseLimits.defaults(), OcrOptions.defaults(),
                IsolatedParser.Settings.defaults())) {
            ParseResult child = isolated.parse(html);
            assertEquals(inProcess, child);
            List<Block> blocks = child.container().content().blocks();
            assertTrue(blocks.stream().anyMatch(Heading.class::isInstance), blocks.toString());
            assertTrue(blocks.stream().anyMatch(ListItem.class::isInstance), blocks.toString());
            assertTrue(blocks.stream().anyMatch(Table.class::isInstance), blocks.toString());
        }
    }

    @Test
    void aMemoryBombCostsItsOwnFileOnly() throws Exception {
        // 60 MB of text: its blocks need far more than the worker's 96 MB heap
        Path bomb = tmp.resolve("bombe.txt");
        try (BufferedWriter out = Files.newBufferedWriter(bomb, StandardCharsets.UTF_8)) {
            String line = "Kommunestyret vedtok budsjettet for skole, barnehage og eldreomsorg uten endringer.\n";
            for (int i = 0; i < 60_000_000 / line.length(); i++) {
                out.write(line);
            }
        }
        Path letter = Files.writeString(tmp.resolve("brev.txt"), "Svar på spørsmål om skolemat.\n\nKommunen svarer.\n");
        ParseLimits limits = ParseLimits.defaults().withTimeout(Duration.ofSeconds(120));
        try (IsolatedParser isolated = new IsolatedParser(limits, OcrOptions.defaults(),
                new IsolatedParser.Settings("96m", 500))) {
            ParseFailure failure = assertThrows(ParseFailure.class, () -> isolated.parse(bomb));
            assertTrue(failure.reason().contains("memory limit (96m per parser process)"), failure.reason());
            assertTrue(isolated.parse(letter).container().content().blocks().getFirst().text().contains("skolemat"),
                    "the next file parses in a fresh worker");
        }
        assertEquals(0, workersRunning(), "no worker outlives the pool");
    }

    @Test
    void aParseOverTheTimeLimitIsKilledWithItsOcr() throws Exception {
        NeedsTesseract.check(); // for a slow parse
        // OCR of twelve pages of scanner noise takes Tesseract about half a CPU minute, far over a 10 s limit
        Path scan = noisyScan(tmp.resolve("skannet.pdf"), 12);
        Path letter = Files.writeString(tmp.resolve("brev.txt"), "Svar på spørsmål om skolemat.\n\nKommunen svarer.\n");
        ParseLimits limits = ParseLimits.defaults().withTimeout(Duration.ofSeconds(10));
        try (IsolatedParser isolated = new IsolatedParser(limits, OcrOptions.defaults(),
                IsolatedParser.Settings.defaults())) {
            assertTrue(isolated.parse(letter).container().content().blocks().getFirst().text().contains("skolemat"),
                    "a worker is up and parses within the limit");
            ParseFailure failure = assertThrows(ParseFailure.class, () -> isolated.parse(scan));
            assertEquals("processing took longer than the limit of 10 s (its parser process was stopped)",
                    failure.reason());
            assertEquals(0, workersRunning(), "the stopped worker and its Tesseract are gone");
            assertTrue(isolated.parse(letter).container().content().blocks().getFirst().text().contains("skolemat"));
        }
    }

    /** A PDF of {@code pages} A4 pages of grey noise at 150 dpi: images only, so every page goes to OCR. */
    private static Path noisyScan(Path file, int pages) throws IOException {
        java.util.Random random = new java.util.Random(14);
        try (PDDocument pdf = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                BufferedImage noise = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < noise.getHeight(); y++) {
                    for (int x = 0; x < noise.getWidth(); x++) {
                        noise.getRaster().setSample(x, y, 0, random.nextInt(256));
                    }
                }
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    out.drawImage(LosslessFactory.createFromImage(pdf, noise), 0, 0,
                            page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static long workersRunning() throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            long n = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains(ParseWorker.class.getName())
                            || p.info().command().orElse("").endsWith("tesseract"))
                    .count();
            if (n == 0) {
                return 0;
            }
            Thread.sleep(100);
        }
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count();
    }
}
