package no.muni.parse;

import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Refuses to descend into documents nested deeper than the limit (archives in archives, the zip
 * that contains itself). The skipped document is kept with a note instead of being parsed.
 */
final class DepthLimitedParser extends ParserDecorator {

    private static final long serialVersionUID = 1L;
    static final Property SKIPPED = Property.internalText("muni:skipped");

    private final int maxDepth;

    DepthLimitedParser(Parser parser, int maxDepth) {
        super(parser);
        this.maxDepth = maxDepth;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Integer depth = metadata.getInt(TikaCoreProperties.EMBEDDED_DEPTH);
        if (depth != null && depth > maxDepth) {
            metadata.set(SKIPPED, "not parsed: nested deeper than " + maxDepth + " levels");
            return;
        }
        super.parse(stream, handler, metadata, context);
    }
}
