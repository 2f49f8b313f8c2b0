package no.muni.parse;

import java.io.OutputStream;
import java.nio.charset.Charset;

import org.apache.tika.sax.ContentHandlerFactory;
import org.apache.tika.sax.WriteLimiter;
import org.xml.sax.ContentHandler;

/**
 * Gives every document of a parse its own {@link XhtmlBlockBuilder}. As a {@link WriteLimiter} it
 * makes Tika's recursive wrapper cap the text of the whole file, embedded documents included.
 */
final class BlockHandlerFactory implements ContentHandlerFactory, WriteLimiter {

    private static final long serialVersionUID = 1L;
    private final int maxTextChars;

    BlockHandlerFactory(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    @Override
    public ContentHandler getNewContentHandler() {
        return new XhtmlBlockBuilder();
    }

    @Override
    public ContentHandler getNewContentHandler(OutputStream os, Charset charset) {
        return new XhtmlBlockBuilder();
    }

    @Override
    public int getWriteLimit() {
        return maxTextChars;
    }

    @Override
    public boolean isThrowOnWriteLimitReached() {
        return true;
    }
}
