package no.muni.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToXMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Parses a file the way the pipeline does (Tika's AutoDetectParser) and offers the views the tests need. */
record Tika(String xhtml, String text, Metadata metadata) {

    static Tika parse(Path file) throws IOException {
        Metadata metadata = new Metadata();
        String xhtml = run(file, new ToXMLContentHandler(), metadata);
        return new Tika(xhtml, run(file, new BodyContentHandler(-1), new Metadata()), metadata);
    }

    private static String run(Path file, ContentHandler handler, Metadata metadata) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new AutoDetectParser().parse(in, handler, metadata, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika failed on " + file, e);
        }
        return handler.toString();
    }

    /** Whitespace-collapsed body text: PDF line wrapping and HTML indentation do not matter for content. */
    String flatText() {
        return flat(text);
    }

    static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The contents of each element matching {@code open ... close}, e.g. each PDF page or each table. */
    List<String> sections(String open, String close) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(open) + "(.*?)" + Pattern.quote(close), Pattern.DOTALL).matcher(xhtml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
