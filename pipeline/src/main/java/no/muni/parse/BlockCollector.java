package no.muni.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.AbstractRecursiveParserWrapperHandler;
import org.xml.sax.ContentHandler;

import no.muni.model.Email;
import no.muni.model.ParsedContent;

/**
 * Receives each document of a recursive Tika parse (the file, then every embedded document) with
 * the blocks its {@link XhtmlBlockBuilder} built, or for a PDF those of its layout ({@link PdfLayoutPass}),
 * and keeps them as {@link ParsedPart}s.
 */
final class BlockCollector extends AbstractRecursiveParserWrapperHandler {

    private static final long serialVersionUID = 1L;

    private final transient List<ParsedPart> embedded = new ArrayList<>();
    private final transient PdfLayoutPass pdfLayouts;
    private transient ParsedPart container;

    BlockCollector(BlockHandlerFactory factory, int maxEmbedded, PdfLayoutPass pdfLayouts) {
        super(factory, maxEmbedded);
        this.pdfLayouts = pdfLayouts;
    }

    @Override
    public void endEmbeddedDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endEmbeddedDocument(handler, metadata);
        String path = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH);
        Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
        embedded.add(part(path == null ? "/embedded-" + (embedded.size() + 1) : path,
                depth == null ? 1 : depth, handler, metadata, attachmentNames()));
    }

    @Override
    public void endDocument(ContentHandler handler, Metadata metadata) throws org.xml.sax.SAXException {
        super.endDocument(handler, metadata);
        container = part(null, 0, handler, metadata, attachmentNames());
    }

    ParsedPart container() {
        return container;
    }

    List<ParsedPart> embedded() {
        return List.copyOf(embedded);
    }

    /** The file names of the embedded documents so far, which a message's body may list after its text. */
    private Set<String> attachmentNames() {
        Set<String> names = new HashSet<>();
        for (ParsedPart part : embedded) {
            String p = part.embeddedPath();
            names.add(p.substring(p.lastIndexOf('/') + 1));
        }
        return names;
    }

    private ParsedPart part(String path, int depth, ContentHandler handler, Metadata metadata,
                            Set<String> attachmentNames) {
        List<String> warnings = new ArrayList<>();
        String embeddedError = metadata.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
        if (embeddedError != null) {
            warnings.add("could not be parsed: " + ParseErrors.firstLine(embeddedError));
        }
        String skipped = metadata.get(DepthLimitedParser.SKIPPED);
        if (skipped != null) {
            warnings.add(skipped);
        }
        if ("true".equals(metadata.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
            warnings.add("text truncated at the text size limit");
        }
        if ("true".equals(metadata.get(AbstractRecursiveParserWrapperHandler.EMBEDDED_RESOURCE_LIMIT_REACHED))) {
            warnings.add("too many embedded documents; the rest were skipped");
        }
        var blocks = handler instanceof XhtmlBlockBuilder builder ? builder.blocks() : List.<no.muni.model.Block>of();
        String type = mediaType(metadata);
        int ocrPages = ocrPages(type, metadata, blocks);
        if (LineLayout.applies(type) || ocrPages > 0) {
            // OCR gives lines as a scanner saw them, like a PDF's text
            blocks = LineLayout.reblock(blocks, metadata.get(TikaCoreProperties.TITLE));
        }
        Email email = MailEnvelope.read(type, metadata);
        if (email != null) {
            blocks = MailEnvelope.body(blocks, email, attachmentNames);
        }
        return pdfLayouts.apply(new ParsedPart(path, depth, new ParsedContent(blocks, type,
                metadata.get(TikaCoreProperties.TITLE), email), warnings, ocrPages), metadata);
    }

    /** A PDF says how many pages it sent to OCR; an image with text got it from OCR, as one page. */
    private static int ocrPages(String type, Metadata metadata, List<no.muni.model.Block> blocks) {
        Integer pdfPages = metadata.getInt(PDF.OCR_PAGE_COUNT);
        if (pdfPages != null) {
            return pdfPages;
        }
        return type.startsWith("image/") && blocks.stream().anyMatch(b -> !b.text().isBlank()) ? 1 : 0;
    }

    static String mediaType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null) {
            return "application/octet-stream";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).strip();
    }
}
