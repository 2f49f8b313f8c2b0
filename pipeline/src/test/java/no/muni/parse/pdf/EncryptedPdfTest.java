package no.muni.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Heading;
import no.muni.model.Paragraph;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;
import no.muni.parse.TikaDocumentParser;

/** A PDF encrypted only against changes (empty user password) is read with its layout, as Tika reads it. */
class EncryptedPdfTest {

    @Test
    void anEmptyUserPasswordOpensTheLayoutToo(@TempDir Path tmp) throws Exception {
        Path file = new TestPdf().page()
                .text(60, 100, TestPdf.BOLD, 16, "Referat fra formannskapet")
                .text(60, 130, TestPdf.REGULAR, 10, "Møtet ble holdt på rådhuset i Alta.")
                .saveEncryptedForOwner(tmp.resolve("referat.pdf"), "eier");
        ParseResult result = new TikaDocumentParser(ParseLimits.defaults()).parse(file);
        assertEquals(java.util.List.of(new Heading(1, null, "Referat fra formannskapet"),
                new Paragraph("Møtet ble holdt på rådhuset i Alta.")), result.container().content().blocks());
        assertEquals(java.util.List.of(), result.container().warnings());
    }
}
