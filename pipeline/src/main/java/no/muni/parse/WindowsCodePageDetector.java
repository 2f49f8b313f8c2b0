package no.muni.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's detectors name old Western text ISO-8859-1, where bytes 0x80–0x9F are control characters
 * no document contains; Norwegian files with those bytes were written in Windows' code page 1252,
 * where they are "€", "–", "“" and the like. As browsers do (WHATWG Encoding), a Latin-1 verdict
 * is read as windows-1252: the two differ only in exactly those bytes.
 */
final class WindowsCodePageDetector implements EncodingDetector {

    private static final long serialVersionUID = 1L;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector delegate = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = delegate.detect(input, metadata);
        return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
    }
}
