package no.muni.parse.pdf;

import static no.muni.parse.pdf.TestPdf.BOLD;
import static no.muni.parse.pdf.TestPdf.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;
import no.muni.parse.ParsedPart;
import no.muni.parse.TikaDocumentParser;

/**
 * A PDF attached to a case file — in a zip, as archives export them, to an e-mail, or inside another PDF — is
 * read from its layout like the same PDF on disk: its headings are headings, not lines of text.
 */
class AttachedPdfTest {

    @TempDir
    Path tmp;

    private final TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.defaults());
    private Path pdf;
    private List<Block> onDisk;

    @BeforeEach
    void writeThePdf() throws Exception {
        pdf = new TestPdf().page()
                .text(60, 100, BOLD, 18, "Saksframlegg")
                .text(60, 130, BOLD, 13, "Bakgrunn")
                .text(60, 150, REGULAR, 10.5f, "Kommunen har mottatt søknad om tilskudd til nytt klubbhus ved idrettsparken.")
                .text(60, 164, REGULAR, 10.5f, "Søknaden gjelder et samlet beløp på 2,4 millioner kroner over to år.")
                .text(60, 190, BOLD, 13, "Vurdering")
                .text(60, 210, REGULAR, 10.5f, "Rådmannen anbefaler at søknaden innvilges med forbehold om finansiering.")
                .save(tmp.resolve("saksframlegg.pdf"));
        onDisk = parser.parse(pdf).container().content().blocks();
        assertTrue(onDisk.stream().anyMatch(b -> b instanceof Heading h && h.text().equals("Vurdering")), onDisk::toString);
    }

    @Test
    void aPdfInAnArchiveGetsItsLayoutRead() throws Exception {
        Path zip = tmp.resolve("sak.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("vedlegg/saksframlegg.pdf"));
            z.write(Files.readAllBytes(pdf));
            z.closeEntry();
        }
        assertReadAsOnDisk(parser.parse(zip));
    }

    @Test
    void aPdfAttachedToAnEmailGetsItsLayoutRead() throws Exception {
        String base64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(Files.readAllBytes(pdf));
        String message = String.join("\r\n",
                "From: Kari Nordmann <kari.nordmann@eksempel.kommune.no>",
                "To: Postmottak <postmottak@eksempel.kommune.no>",
                "Subject: Saksframlegg om tilskudd til klubbhus",
                "Date: Tue, 4 Feb 2025 09:12:00 +0100",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"grense\"",
                "",
                "--grense",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit",
                "",
                "Hei, vedlagt er saksframlegget til formannskapets møte.",
                "",
                "--grense",
                "Content-Type: application/pdf; name=\"saksframlegg.pdf\"",
                "Content-Disposition: attachment; filename=\"saksframlegg.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64,
                "--grense--",
                "");
        Path eml = Files.writeString(tmp.resolve("innsending.eml"), message, StandardCharsets.UTF_8);
        assertReadAsOnDisk(parser.parse(eml));
    }

    @Test
    void aPdfAttachedToAPdfGetsItsLayoutRead() throws Exception {
        Path letter = new TestPdf().page()
                .text(60, 100, BOLD, 16, "Oversendelse av saksframlegg")
                .text(60, 130, REGULAR, 10.5f, "Vedlagt følger saksframlegget om tilskudd til klubbhus.")
                .attach(pdf)
                .save(tmp.resolve("oversendelse.pdf"));
        ParseResult parsed = parser.parse(letter);
        assertTrue(parsed.container().content().blocks().stream()
                        .anyMatch(b -> b instanceof Heading h && h.text().equals("Oversendelse av saksframlegg")),
                parsed.container().content().blocks()::toString);
        assertReadAsOnDisk(parsed);
    }

    private void assertReadAsOnDisk(ParseResult parsed) throws IOException {
        List<ParsedPart> pdfs = parsed.embedded().stream()
                .filter(p -> p.content().mediaType().equals("application/pdf")).toList();
        assertEquals(1, pdfs.size(), parsed.embedded()::toString);
        assertEquals(onDisk, pdfs.getFirst().content().blocks(), "the attachment reads as the same PDF on disk");
    }
}
