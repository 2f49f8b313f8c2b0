package no.muni.parse.pdf;

import static no.muni.parse.pdf.TestPdf.BOLD;
import static no.muni.parse.pdf.TestPdf.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Heading;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;
import no.muni.parse.ParsedPart;
import no.muni.parse.TikaDocumentParser;

/**
 * A PDF attached to a case file (here in a zip, as archives export them) is read from its layout like a
 * PDF on disk: its headings are headings, not lines of text.
 */
class PdfInArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void aPdfInAnArchiveGetsItsLayoutRead() throws Exception {
        Path pdf = new TestPdf().page()
                .text(60, 100, BOLD, 18, "Saksframlegg")
                .text(60, 130, BOLD, 13, "Bakgrunn")
                .text(60, 150, REGULAR, 10.5f, "Kommunen har mottatt søknad om tilskudd til nytt klubbhus ved idrettsparken.")
                .text(60, 164, REGULAR, 10.5f, "Søknaden gjelder et samlet beløp på 2,4 millioner kroner over to år.")
                .text(60, 190, BOLD, 13, "Vurdering")
                .text(60, 210, REGULAR, 10.5f, "Rådmannen anbefaler at søknaden innvilges med forbehold om finansiering.")
                .save(tmp.resolve("saksframlegg.pdf"));
        Path zip = tmp.resolve("sak.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("vedlegg/saksframlegg.pdf"));
            z.write(Files.readAllBytes(pdf));
            z.closeEntry();
        }
        TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.defaults());
        ParseResult inArchive = parser.parse(zip);
        assertEquals(1, inArchive.embedded().size());
        ParsedPart attached = inArchive.embedded().getFirst();
        assertEquals("application/pdf", attached.content().mediaType());
        assertTrue(attached.content().blocks().stream().anyMatch(b -> b instanceof Heading h && h.text().equals("Vurdering")),
                attached.content().blocks()::toString);
        assertEquals(parser.parse(pdf).container().content().blocks(), attached.content().blocks(),
                "the attachment reads as the same PDF on disk");
    }
}
