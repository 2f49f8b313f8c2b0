package no.muni.parse.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes test PDFs the way a word processor lays them out: every string at a position (y from
 * the top of an A4 page) in a Helvetica face, so tests state the layout they read.
 */
final class TestPdf {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    /** One string: consecutive strings on the same y with no x of their own continue the line. */
    record Text(float x, float y, PDType1Font font, float size, String text) {
    }

    private final List<List<Text>> pages = new ArrayList<>();
    private final List<Path> attachments = new ArrayList<>();

    TestPdf page() {
        pages.add(new ArrayList<>());
        return this;
    }

    TestPdf text(float x, float y, PDType1Font font, float size, String text) {
        pages.getLast().add(new Text(x, y, font, size, text));
        return this;
    }

    /** Styled pieces of one line, set one after the other from x. */
    TestPdf line(float x, float y, float size, Object... fontsAndTexts) throws IOException {
        float at = x;
        for (int i = 0; i < fontsAndTexts.length; i += 2) {
            PDType1Font font = (PDType1Font) fontsAndTexts[i];
            String text = (String) fontsAndTexts[i + 1];
            text(at, y, font, size, text);
            at += font.getStringWidth(text) / 1000 * size;
        }
        return this;
    }

    /** The file goes into the PDF as an attachment (in its embedded files), as Acrobat's "Attach file" puts it. */
    TestPdf attach(Path file) {
        attachments.add(file);
        return this;
    }

    Path save(Path file) throws IOException {
        return save(file, null);
    }

    /** Saved encrypted: anyone may open it (empty user password), only the owner may change or copy. */
    Path saveEncryptedForOwner(Path file, String ownerPassword) throws IOException {
        return save(file, ownerPassword);
    }

    /**
     * Saved as a scanner would: each page rendered to a grey image at {@code dpi} and placed on an
     * otherwise empty page, so the PDF has no text layer at all.
     */
    Path saveAsScan(Path file, int dpi) throws IOException {
        Path text = save(file.resolveSibling(file.getFileName() + ".text.pdf"));
        try (PDDocument source = Loader.loadPDF(text.toFile()); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream out = new PDPageContentStream(scan, page)) {
                    out.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            scan.save(file.toFile());
        }
        Files.delete(text);
        return file;
    }

    /** The first page as a PNG image, as a phone or scanner saves one page. */
    Path savePageAsPng(Path file, int dpi) throws IOException {
        Path text = save(file.resolveSibling(file.getFileName() + ".text.pdf"));
        try (PDDocument source = Loader.loadPDF(text.toFile())) {
            ImageIO.write(new PDFRenderer(source).renderImageWithDPI(0, dpi, ImageType.GRAY), "png", file.toFile());
        }
        Files.delete(text);
        return file;
    }

    private Path save(Path file, String ownerPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    for (Text t : texts) {
                        out.beginText();
                        out.setFont(t.font(), t.size());
                        out.newLineAtOffset(t.x(), height - t.y());
                        out.showText(t.text());
                        out.endText();
                    }
                }
            }
            attachTo(document);
            if (ownerPassword != null) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                permissions.setCanModify(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, "", permissions);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private void attachTo(PDDocument document) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        for (Path attachment : attachments) {
            String name = attachment.getFileName().toString();
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(Files.readAllBytes(attachment)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(name);
            spec.setFileUnicode(name);
            spec.setEmbeddedFile(embedded);
            files.put(name, spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }
}
