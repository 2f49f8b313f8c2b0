package no.muni.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The four files of issue #14's defect 3 that once kept running after their time limit and held up to
 * 2.2 GB between them: a zip of 1 GB of zeros (1 MB on disk), a 50 MB HTML page, a 20 MB text without a
 * line break, and a 12-page scan of grey noise that keeps Tesseract busy for minutes (a hang as far as the
 * time limit is concerned; without Tesseract it fails at once as a scan that needs OCR).
 */
public final class HostileFiles {

    private static final String SENTENCE = "Bystyret i Drammen kommune behandlet saken om Røde Kors samarbeid.";

    private HostileFiles() {
    }

    /** Writes the four files into {@code dir} (created); returns their paths. */
    static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        return List.of(zipOfZeros(dir.resolve("nuller.zip"), 1L << 30), longPage(dir.resolve("lang-side.html"), 50_000_000),
                oneLine(dir.resolve("en-linje.txt"), 20_000_000), noiseScan(dir.resolve("stoy-skannet.pdf"), 12));
    }

    private static Path zipOfZeros(Path file, long bytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("nuller.txt"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    private static Path longPage(Path file, long bytes) throws IOException {
        String paragraph = "<p>" + SENTENCE + "</p>\n";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<html><body>\n");
            for (long written = 0; written < bytes; written += paragraph.length()) {
                out.write(paragraph);
            }
            out.write("</body></html>\n");
        }
        return file;
    }

    private static Path oneLine(Path file, long bytes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += SENTENCE.length() + 1) {
                out.write(SENTENCE);
                out.write(' ');
            }
        }
        return file;
    }

    /** A PDF of {@code pages} A4 pages of grey noise at 150 dpi: images only, so every page goes to OCR (seconds each). */
    public static Path noiseScan(Path file, int pages) throws IOException {
        Random random = new Random(14);
        try (PDDocument pdf = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                BufferedImage noise = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < noise.getHeight(); y++) {
                    for (int x = 0; x < noise.getWidth(); x++) {
                        noise.getRaster().setSample(x, y, 0, random.nextInt(256));
                    }
                }
                ScanCorpus.addScannedPage(pdf, noise);
            }
            pdf.save(file.toFile());
        }
        return file;
    }
}
