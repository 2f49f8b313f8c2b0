package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.junit.jupiter.api.Test;

/** What a user reads in the failures list for each family of parser exception, wrapped as Tika wraps them. */
class ParseErrorsTest {

    @Test
    void anOcrTimeoutIsNotReportedAsADamagedFile() {
        // as Tika's TesseractOCRParser throws it when Tesseract runs past its timeout
        String reason = ParseErrors.reason(new TikaException("TesseractOCRParser timeout"));
        assertTrue(reason.startsWith("OCR of a page took longer than the limit (--ocr-page-timeout)"), reason);
        assertTrue(!reason.contains("corrupt"), reason);
    }

    @Test
    void causesDeepInTheChainDecide() {
        assertEquals("encrypted: a password is needed to read it", ParseErrors.reason(
                new TikaException("Unable to extract PDF content", new org.apache.tika.exception.EncryptedDocumentException("no password"))));
        assertEquals("empty file", ParseErrors.reason(new TikaException("wrapped", new ZeroByteFileException("0"))));
    }

    @Test
    void otherFailuresKeepTheirFamilyAndFirstLine() {
        assertEquals("corrupt or unreadable: Unexpected RuntimeException from PDFParser",
                ParseErrors.reason(new TikaException("Unexpected RuntimeException from PDFParser\n\tat …")));
        assertEquals("read error: Stream closed", ParseErrors.reason(new IOException("Stream closed")));
    }
}
