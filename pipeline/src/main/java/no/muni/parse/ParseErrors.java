package no.muni.parse;

import java.io.IOException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;
import org.xml.sax.SAXException;

/** Turns what parsers throw into one-line reasons a user can act on. */
final class ParseErrors {

    private ParseErrors() {
    }

    static String reason(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EncryptedDocumentException
                    || c instanceof org.apache.poi.EncryptedDocumentException
                    || c instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return "encrypted: a password is needed to read it";
            }
            if (c instanceof ZeroByteFileException) {
                return "empty file";
            }
            if (c instanceof OutOfMemoryError) {
                return "too large to parse within the memory limit";
            }
            if (c instanceof StackOverflowError) {
                return "too deeply nested to parse";
            }
            root = c;
        }
        String message = firstLine(root.getMessage());
        if (message.contains("DOCTYPE is disallowed")) {
            return "refused: contains an XML DOCTYPE declaration (possible external-entity or entity-expansion attack)";
        }
        if (message.contains("decryption material") || message.contains("keyStore")) {
            return "encrypted with a certificate: the recipient's private key is needed to read it";
        }
        if (message.contains("OCRParser timeout")) {
            // Tesseract ran past the page limit: the file is fine, the machine was slow or the page large
            return "OCR of a page took longer than the limit (--ocr-page-timeout); the file is not damaged: "
                    + "run again with a higher limit or on a less busy machine";
        }
        if (t instanceof UnsupportedFormatException) {
            return "unsupported format: " + message;
        }
        if (t instanceof TikaException || t instanceof SAXException) {
            return "corrupt or unreadable: " + message;
        }
        if (t instanceof IOException) {
            return "read error: " + message;
        }
        return "parser failed (" + root.getClass().getSimpleName() + "): " + message;
    }

    static String firstLine(String s) {
        if (s == null || s.isBlank()) {
            return "no details";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        line = nl >= 0 ? line.substring(0, nl).strip() : line;
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
