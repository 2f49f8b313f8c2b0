package no.muni.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import no.muni.ingest.SourceFile;

/**
 * Scanned copies of a corpus's PDFs for the OCR measurement: the first page of each, rendered to a
 * grey 200 dpi image on an otherwise empty page, as an office scanner makes them. No text layer.
 */
final class ScanCorpus {

    private static final int DPI = 200;

    private ScanCorpus() {
    }

    /** Writes up to {@code pages} one-page scans into {@code dir} (emptied first); returns how many. */
    static int write(List<SourceFile> files, Path dir, int pages) throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        int written = 0;
        for (SourceFile file : files) {
            if (written == pages) {
                break;
            }
            if (!file.relativePath().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                continue;
            }
            BufferedImage firstPage = firstPage(file.path());
            if (firstPage == null) {
                continue;
            }
            try (PDDocument scan = new PDDocument()) {
                addScannedPage(scan, firstPage);
                written++;
                scan.save(dir.resolve("skannet-" + written + ".pdf").toFile());
            }
        }
        return written;
    }

    /**
     * The first page of {@code pdf} as a grey image, or null when PDFBox cannot render it: a corpus of real
     * files holds encrypted, broken and empty PDFs, which the ingest reports and the scan set simply leaves out.
     */
    private static BufferedImage firstPage(Path pdf) {
        try (PDDocument source = Loader.loadPDF(pdf.toFile())) {
            return source.getNumberOfPages() == 0 ? null
                    : new PDFRenderer(source).renderImageWithDPI(0, DPI, ImageType.GRAY);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** Adds an A4 page that holds nothing but {@code image}, stretched over it: a scanned page. */
    static void addScannedPage(PDDocument pdf, BufferedImage image) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
            out.drawImage(LosslessFactory.createFromImage(pdf, image), 0, 0,
                    page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
        }
    }
}
