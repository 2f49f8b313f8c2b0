package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each PDF's pages are read once, by the layout pass, unless Tika's own pass over them adds something: OCR of a
 * page without a text layer, a form's fields, attachments, bookmarks that outweigh the pages' text. Whether
 * Tika's pass ran shows in the metadata it leaves: the characters it counted on each page.
 */
class LayoutReadingPdfParserTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final String BODY = "Formannskapet vedtok å gi tilskudd til nytt klubbhus ved idrettsparken.";

    @TempDir
    Path tmp;

    @Test
    void aPdfWithTextOnItsPagesIsReadOnceWithTikasMetadata() throws Exception {
        Path file = save(pdf(BODY), "vedtak.pdf");
        Parsed parsed = parse(file, PDFParserConfig.OCR_STRATEGY.AUTO);
        assertNull(parsed.metadata().get(PDF.CHARACTERS_PER_PAGE), "Tika's pass over the pages did not run");
        assertEquals("Tilskudd til klubbhus", parsed.metadata().get(TikaCoreProperties.TITLE));
        assertTrue(parsed.layouts().complete(parsed.metadata()));
        assertEquals(List.of(BODY), texts(parsed));
    }

    @Test
    void aPageWithoutATextLayerGoesToTikaForOcr() throws Exception {
        // six glyphs: Tika's rule sends a page with ten or fewer to OCR, as a scan with a page number
        Path file = save(pdf("Side 1"), "skannet.pdf");
        Parsed parsed = parse(file, PDFParserConfig.OCR_STRATEGY.AUTO);
        assertEquals("6", parsed.metadata().get(PDF.CHARACTERS_PER_PAGE), "Tika's pass over the pages ran");
        assertFalse(parsed.layouts().complete(parsed.metadata()));
        Parsed withoutOcr = parse(file, PDFParserConfig.OCR_STRATEGY.NO_OCR);
        assertNull(withoutOcr.metadata().get(PDF.CHARACTERS_PER_PAGE), "without OCR the layout is all there is");
    }

    @Test
    void aFormsFieldsComeFromTikasPassAndTheLayoutIsReadOnce() throws Exception {
        PDDocument document = pdf(BODY);
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDResources fonts = new PDResources();
        fonts.put(COSName.getPDFName("Helv"), HELVETICA);
        form.setDefaultResources(fonts);
        form.setDefaultAppearance("/Helv 0 Tf 0 g");
        PDTextField field = new PDTextField(form);
        field.setPartialName("soker");
        form.getFields().add(field);
        field.getWidgets().getFirst().setRectangle(new PDRectangle(60, 600, 200, 20));
        field.getWidgets().getFirst().setPage(document.getPage(0));
        document.getPage(0).getAnnotations().add(field.getWidgets().getFirst());
        field.setValue("Idrettslaget Ørn");
        Path file = save(document, "skjema.pdf");
        Parsed parsed = parse(file, PDFParserConfig.OCR_STRATEGY.AUTO);
        assertTrue(parsed.text().contains("Idrettslaget Ørn"), parsed.text());
        assertTrue(parsed.layouts().hasRead(parsed.metadata()));
        assertEquals(1, parsed.metadata().getValues(PDF.CHARACTERS_PER_PAGE).length, "one page, read once by Tika");
        assertEquals(List.of(BODY), texts(parsed));
    }

    @Test
    void bookmarksThatOutweighThePagesTextComeFromTikasPass() throws Exception {
        PDDocument document = pdf("Innhold");
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        for (String title : List.of("Kapittel 1 Bakgrunn for kommunedelplanen", "Kapittel 2 Mål og strategier for idrett")) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            outline.addLast(item);
        }
        Path file = save(document, "bokmerker.pdf");
        Parsed parsed = parse(file, PDFParserConfig.OCR_STRATEGY.NO_OCR);
        assertEquals("7", parsed.metadata().get(PDF.CHARACTERS_PER_PAGE), "Tika's pass over the pages ran");
        assertTrue(parsed.text().contains("Mål og strategier"), parsed.text());
    }

    private record Parsed(Metadata metadata, PdfLayoutPass layouts, String text, ParsedPart part) {
    }

    private static List<String> texts(Parsed parsed) {
        return parsed.part().content().blocks().stream().map(b -> b.text()).toList();
    }

    private static Parsed parse(Path file, PDFParserConfig.OCR_STRATEGY ocr) throws Exception {
        PdfLayoutPass layouts = new PdfLayoutPass(1_000_000);
        ParseContext context = new ParseContext();
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(ocr);
        context.set(PDFParserConfig.class, config);
        context.set(PdfLayoutPass.class, layouts);
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(file)) {
            new LayoutReadingPdfParser().parse(in, handler, metadata, context);
        }
        metadata.set(Metadata.CONTENT_TYPE, PdfLayoutPass.PDF);
        ParsedPart tika = new ParsedPart(null, 0,
                new no.muni.model.ParsedContent(List.of(), PdfLayoutPass.PDF, metadata.get(TikaCoreProperties.TITLE)),
                List.of());
        return new Parsed(metadata, layouts, handler.toString(), layouts.apply(tika, metadata));
    }

    private static PDDocument pdf(String line) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(HELVETICA, 11);
            content.newLineAtOffset(60, 700);
            content.showText(line);
            content.endText();
        }
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle("Tilskudd til klubbhus");
        document.setDocumentInformation(info);
        return document;
    }

    private Path save(PDDocument document, String name) throws IOException {
        Path file = tmp.resolve(name);
        try (document) {
            document.save(file.toFile());
        }
        return file;
    }
}
