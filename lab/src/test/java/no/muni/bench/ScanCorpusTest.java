package no.muni.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.ingest.SourceFile;
import no.muni.ingest.SourceRoot;

/**
 * The OCR measurement's scan set is made from whatever PDFs a real corpus holds: one that needs a password, one
 * that is not a PDF at all and one with no pages are left out, and the readable one is scanned.
 */
class ScanCorpusTest {

    @Test
    void scansTheReadablePdfsAndLeavesOutTheRest(@TempDir Path corpus) throws IOException {
        Path readable = pdf(corpus.resolve("innkalling.pdf"), null);
        Path locked = pdf(corpus.resolve("unntatt.pdf"), "hemmelig");
        Path broken = Files.writeString(corpus.resolve("avbrutt.pdf"), "%PDF-1.7\n1 0 obj <<");
        Path empty = corpus.resolve("tom.pdf");
        try (PDDocument none = new PDDocument()) {
            none.save(empty.toFile());
        }
        SourceRoot root = SourceRoot.of(corpus);
        List<SourceFile> files = List.of(locked, broken, empty, readable).stream()
                .map(p -> new SourceFile(root, p, p.getFileName().toString(), 1)).toList();

        Path scans = corpus.resolve("skann");
        assertEquals(1, ScanCorpus.write(files, scans, 5));
        try (var written = Files.list(scans)) {
            assertEquals(List.of("skannet-1.pdf"), written.map(p -> p.getFileName().toString()).toList());
        }
        assertTrue(Files.size(scans.resolve("skannet-1.pdf")) > 0);
    }

    private static Path pdf(Path path, String userPassword) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Innkalling til møte i formannskapet");
                text.endText();
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("eier", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            pdf.save(path.toFile());
        }
        return path;
    }
}
