package no.muni.parse;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser, which also reads the layout of the document it has just loaded when the parse
 * context holds a {@link PdfLayoutPass}: one load of each PDF serves both Tika's text, metadata,
 * attachments and OCR and muni's layout, and PDFBox's font cache, filled by the layout pass, serves
 * Tika's text pass. Registered for {@code application/pdf} ahead of Tika's own, so a PDF found in an
 * archive or a mail gets the same treatment as one on disk.
 */
final class LayoutReadingPdfParser extends PDFParser {

    private static final long serialVersionUID = 1L;

    @Override
    protected PDDocument getPDDocument(InputStream stream, TikaInputStream tis, String password,
                                       StreamCacheCreateFunction cache, Metadata metadata, ParseContext context)
            throws IOException, EncryptedDocumentException {
        PDDocument document = super.getPDDocument(stream, tis, password, cache, metadata, context);
        PdfLayoutPass layouts = context.get(PdfLayoutPass.class);
        if (layouts != null) {
            layouts.read(document, metadata);
        }
        return document;
    }
}
