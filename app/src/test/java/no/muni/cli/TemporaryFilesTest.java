package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.bench.HostileFiles;

/**
 * A nightly batch must not fill {@code /tmp}: {@code muni ingest} in a JVM whose {@code java.io.tmpdir} is
 * a fresh folder leaves that folder empty after runs killed with SIGKILL in the middle of OCR (a page image
 * and Tesseract's output in flight), and after a run with OCR, a parser process killed at the time limit
 * in the middle of OCR, and a DOCX with a picture (spooled to a temporary file to be read). Tesseract makes
 * the slow file, so the test needs it.
 */
class TemporaryFilesTest {

    /** Sixteen pages of noise keep Tesseract busy far longer than the time limit below. */
    private static final int NOISE_PAGES = 16;
    private static final String PAGE_IMAGE = "tika-pdfbox-rendering-";

    @TempDir
    Path tmp;

    private Path javaTmp;

    @Test
    void killedRunsAndTimeoutsLeaveNoTemporaryFiles() throws Exception {
        ScannedIngestTest.needsTesseract();
        javaTmp = Files.createDirectory(tmp.resolve("java-tmp"));
        Path slow = Files.createDirectory(tmp.resolve("slow"));
        HostileFiles.noiseScan(slow.resolve("stoy.pdf"), NOISE_PAGES);

        // the run is killed, its parser process lives on: it sees its parent gone, ends its OCR and its folder
        try (MuniProcess run = ingest(slow, "killed.log", "--timeout", "600")) {
            run.awaitWhileRunning("a page rendered for OCR under the run's java.io.tmpdir", this::ocrUnderWay);
            List<ProcessHandle> started = run.descendants();
            assertFalse(started.isEmpty(), "a parser process");
            run.kill();
            awaitEnded(started);
        }
        assertEquals(List.of(), leftovers(), "the parser process left without its parent deletes its folder");

        // the run and its parser process are killed at once: nobody is left to delete the folder ...
        try (MuniProcess run = ingest(slow, "killed-together.log", "--timeout", "600")) {
            run.awaitWhileRunning("a page rendered for OCR", this::ocrUnderWay);
            List<ProcessHandle> started = run.descendants();
            started.forEach(ProcessHandle::destroyForcibly);
            run.kill();
            awaitEnded(started);
        }
        assertFalse(leftovers().isEmpty(), "the files of a parser process killed with its parent");

        // ... so the next run does, before it starts its own parser processes; the noise runs past the limit
        Path docs = Files.createDirectory(tmp.resolve("docs"));
        ScannedIngestTest.scannedLetter(docs.resolve("brev.pdf"));
        docxWithPicture(docs.resolve("plan.docx"));
        Files.copy(slow.resolve("stoy.pdf"), docs.resolve("stoy.pdf"));
        try (MuniProcess run = ingest(docs, "run.log", "--timeout", "15")) {
            int exit = run.awaitExit();
            String output = run.output();
            assertEquals(ExitCodes.SOME_FAILED, exit, output);
            assertTrue(output.contains("stoy.pdf: processing took longer than the limit of 15 s"), output);
            assertTrue(output.contains("2 new"), output);
        }
        Map<String, JsonNode> read = Exports.documents(tmp.resolve("index-run.log")).stream()
                .filter(d -> d.path("parentId").isNull())
                .collect(Collectors.toMap(d -> Path.of(d.path("source").asText()).getFileName().toString(), d -> d));
        assertTrue(read.get("brev.pdf").path("ocr").asBoolean(), "the letter was read by OCR");
        assertTrue(read.get("plan.docx").path("text").asText().contains("ballbinge"), read.keySet().toString());
        assertEquals(List.of(), leftovers());
    }

    private MuniProcess ingest(Path docs, String log, String... options) throws IOException {
        List<String> args = Stream.concat(Stream.of("ingest", docs.toString(), "--index",
                tmp.resolve("index-" + log).toString()), Stream.of(options)).toList();
        return MuniProcess.start(tmp.resolve(log), List.of("-Djava.io.tmpdir=" + javaTmp), args.toArray(String[]::new));
    }

    /** Whether a page rendered for OCR is under the run's temporary folder, which changes while it is walked. */
    private boolean ocrUnderWay() {
        try (Stream<Path> paths = Files.walk(javaTmp)) {
            return paths.anyMatch(p -> p.getFileName().toString().startsWith(PAGE_IMAGE));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // a file deleted while walked
        }
    }

    /** What is left in the run's temporary folder, as paths relative to it. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> paths = Files.walk(javaTmp)) {
            return paths.filter(p -> !p.equals(javaTmp)).map(p -> javaTmp.relativize(p).toString()).sorted().toList();
        }
    }

    /** Killed processes end at once; a parser process left without its parent notices within seconds. */
    private static void awaitEnded(List<ProcessHandle> processes) throws Exception {
        for (ProcessHandle p : processes) {
            p.onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** A plan with a paragraph and a JPEG photo, as a municipality's Word document holds them. */
    private static void docxWithPicture(Path file) throws IOException {
        BufferedImage photo = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                photo.setRGB(x, y, (x * 255 / photo.getWidth()) << 16 | (y * 255 / photo.getHeight()) << 8 | 90);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpg", jpeg);
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Plan for nærmiljøanlegg 2027. Kommunen bygger en ny "
                    + "ballbinge ved skolen.");
            XWPFRun picture = doc.createParagraph().createRun();
            try {
                picture.addPicture(new ByteArrayInputStream(jpeg.toByteArray()), PictureType.JPEG,
                        "ballbinge.jpg", Units.toEMU(320), Units.toEMU(200));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            doc.write(out);
        }
    }
}
