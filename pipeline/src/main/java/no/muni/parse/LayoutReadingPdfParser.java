package no.muni.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import no.muni.parse.pdf.PdfLayout;
import no.muni.parse.pdf.TextLayer;

/**
 * Tika's PDF parser, which reads each PDF's pages once, for muni's layout, when the parse context holds a
 * {@link PdfLayoutPass}. Tika loads the document (passwords, repairs, the errors of encrypted and broken files)
 * and reads its metadata, signatures and permissions; the layout pass, run on the document Tika has loaded, reads
 * the text. Tika's own pass over the pages (its {@code PDF2XHTML}) runs only where it adds something the layout
 * does not have: OCR of a page without a usable text layer (by Tika's own rule), embedded files, form fields,
 * comments, bookmarks and link targets that outweigh the pages' text.
 * Then Tika parses the file again in full, as its PDF parser always does, and the layout already read is kept.
 * Registered for {@code application/pdf} ahead of Tika's own, so a PDF found in an archive or a mail gets the
 * same treatment as one on disk.
 *
 * <p>Tika's text of the other PDFs also holds their bookmarks and link targets, which the layout does not; muni
 * kept the layout's blocks, without them, for such PDFs before as well ({@link PdfLayoutPass}).
 */
final class LayoutReadingPdfParser extends PDFParser {

    private static final long serialVersionUID = 1L;

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        PdfLayoutPass layouts = context.get(PdfLayoutPass.class);
        if (layouts == null || handler == null || !readsLayout(config(context))) {
            super.parse(stream, handler, metadata, context);
            return;
        }
        try (TemporaryResources tmp = new TemporaryResources()) {
            TikaInputStream file = TikaInputStream.get(stream, tmp, metadata);
            file.getPath(); // an attachment in memory goes to a file, so that a second load reads the same bytes
            Metadata layoutOnly = copy(metadata);
            try {
                // without a handler, Tika's parse stops after loading the document and reading its metadata
                super.parse(file, null, layoutOnly, context);
            } catch (IOException | SAXException | TikaException | RuntimeException e) {
                replace(metadata, layoutOnly);
                throw e;
            }
            if (layouts.complete(layoutOnly)) {
                replace(metadata, layoutOnly);
            } else {
                layouts.carry(layoutOnly, metadata);
                super.parse(file, handler, metadata, context);
            }
        }
    }

    @Override
    protected PDDocument getPDDocument(InputStream stream, TikaInputStream tis, String password,
                                       StreamCacheCreateFunction cache, Metadata metadata, ParseContext context)
            throws IOException, EncryptedDocumentException {
        PDDocument document = super.getPDDocument(stream, tis, password, cache, metadata, context);
        PdfLayoutPass layouts = context.get(PdfLayoutPass.class);
        if (layouts != null && !layouts.hasRead(metadata)) {
            PDFParserConfig config;
            try {
                config = config(context);
            } catch (TikaException e) {
                throw new IOException(e);
            }
            if (readsLayout(config)) {
                layouts.read(document, metadata, layout -> tikasPassAdds(document, layout, config));
            }
        }
        return document;
    }

    /** With OCR of every page (its text layer set aside), Tika's text is all there is: no layout is read. */
    private static boolean readsLayout(PDFParserConfig config) {
        return config.getOcrStrategy() != PDFParserConfig.OCR_STRATEGY.OCR_ONLY;
    }

    /** Whether Tika's pass over the pages would give text or documents that the layout does not. */
    private static boolean tikasPassAdds(PDDocument document, PdfLayout layout, PDFParserConfig config) {
        // a page without contents is skipped by PDFBox's text pass, and Tika sends it to OCR
        boolean blankPages = layout.pages().size() < document.getNumberOfPages();
        try {
            return (blankPages && needsOcr(new TextLayer(0, 0), config))
                    || layout.pages().stream().anyMatch(page -> needsOcr(page, config))
                    || hasEmbeddedFiles(document)
                    || hasForm(document)
                    || (config.isExtractAnnotationText() && hasComments(document))
                    || PdfLayoutPass.outweighs(navigationChars(document, config), layout.blocks());
        } catch (IOException | RuntimeException e) {
            return true; // a catalog or page PDFBox cannot read here is for Tika's pass to read or report
        }
    }

    /**
     * Tika's rule ({@code OCR_STRATEGY} and {@code OCRStrategyAuto}): under AUTO a page is read by OCR when it
     * shows no more glyphs than the threshold, or more unmapped ones than the limit (a share when below 1).
     */
    private static boolean needsOcr(TextLayer page, PDFParserConfig config) {
        return switch (config.getOcrStrategy()) {
            case NO_OCR -> false;
            case OCR_ONLY, OCR_AND_TEXT_EXTRACTION -> true;
            case AUTO -> {
                PDFParserConfig.OCRStrategyAuto auto = config.getOcrStrategyAuto();
                if (page.glyphs() <= auto.getTotalCharsPerPage()) {
                    yield true;
                }
                float limit = auto.getUnmappedUnicodeCharsPerPage();
                yield limit < 1 ? (float) page.unmappedGlyphs() / page.glyphs() > limit : page.unmappedGlyphs() > limit;
            }
        };
    }

    /** Tika extracts every file specification and the embedded files' name tree. */
    private static boolean hasEmbeddedFiles(PDDocument document) {
        if (!document.getDocument().getObjectsByType(COSName.FILESPEC).isEmpty()) {
            return true;
        }
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        return names != null && names.getEmbeddedFiles() != null;
    }

    /** Tika reads the values of form fields, and an XFA form's data, after the pages. */
    private static boolean hasForm(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        return form != null && (form.hasXFA() || !form.getFields().isEmpty());
    }

    /**
     * A reviewer's notes, highlights and stamps (markup annotations) carry their author, subject and text, which
     * Tika reads after each page and the layout does not; on a page of little text they are much of the content.
     */
    private static boolean hasComments(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationMarkup markup && (present(markup.getContents())
                        || present(markup.getTitlePopup()) || present(markup.getSubject()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The characters of the bookmarks and link targets, which Tika's text holds beside the pages' and the layout
     * does not: on a PDF with little text on its pages they are what there is.
     */
    private static long navigationChars(PDDocument document, PDFParserConfig config) throws IOException {
        long chars = 0;
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (config.isExtractBookmarksText() && outline != null) {
            chars += bookmarkChars(outline, new HashSet<>());
        }
        if (config.isExtractAnnotationText()) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        chars += PdfLayoutPass.visibleChars(uri.getURI());
                    }
                }
            }
        }
        return chars;
    }

    /** The bookmarks' titles, each bookmark once however the outline loops. */
    private static long bookmarkChars(PDOutlineNode node, Set<COSBase> seen) {
        long chars = 0;
        for (PDOutlineItem item : node.children()) {
            if (seen.add(item.getCOSObject())) {
                chars += PdfLayoutPass.visibleChars(item.getTitle()) + bookmarkChars(item, seen);
            }
        }
        return chars;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** The settings Tika's PDF parser uses for this parse: its own, updated with those of the context. */
    private PDFParserConfig config(ParseContext context) throws TikaException {
        PDFParserConfig given = context.get(PDFParserConfig.class);
        return given == null ? getPDFParserConfig() : getPDFParserConfig().cloneAndUpdate(given);
    }

    private static Metadata copy(Metadata metadata) {
        Metadata copy = new Metadata();
        replace(copy, metadata);
        return copy;
    }

    private static void replace(Metadata target, Metadata source) {
        for (String name : target.names()) {
            target.remove(name);
        }
        for (String name : source.names()) {
            for (String value : source.getValues(name)) {
                target.add(name, value);
            }
        }
    }
}
