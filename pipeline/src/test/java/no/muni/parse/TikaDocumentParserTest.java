package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.ListItem;

class TikaDocumentParserTest {

    @TempDir
    Path tmp;

    private final TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.defaults());

    @Test
    void htmlBecomesBlocksAndTheFormatComesFromTheBytes() throws Exception {
        // an HTML page saved with a .txt name is still parsed as HTML
        Path file = Files.writeString(tmp.resolve("side.txt"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>Frivillighet</title></head><body><h1>Tiltak</h1><ul><li>Frivillighetsbank</li></ul></body></html>");
        ParseResult r = parser.parse(file);
        assertEquals("text/html", r.container().content().mediaType());
        assertEquals("Frivillighet", r.container().content().metadataTitle());
        assertTrue(r.container().content().blocks().contains(new ListItem("•", 1, "Frivillighetsbank")));
    }

    @Test
    void archiveMembersBecomeEmbeddedParts() throws Exception {
        Path zip = tmp.resolve("saker.zip");
        Files.write(zip, zip(entry("referat.txt", "Referat fra dialogmøtet i Bodø.".getBytes(StandardCharsets.UTF_8)),
                entry("vedlegg.html", "<html><body><p>Vedlegg om Frivilligsentralen.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8))));
        ParseResult r = parser.parse(zip);
        assertEquals(2, r.embedded().size());
        assertEquals("/referat.txt", r.embedded().get(0).embeddedPath());
        assertTrue(r.embedded().get(1).content().blocks().getFirst().text().contains("Frivilligsentralen"));
    }

    @Test
    void nestingDeeperThanTheLimitIsNotParsed() throws Exception {
        byte[] inner = "Dypt nede i arkivet.".getBytes(StandardCharsets.UTF_8);
        byte[] level = zip(entry("bunn.txt", inner));
        for (int depth = 2; depth <= 5; depth++) {
            level = zip(entry("niva" + depth + ".zip", level));
        }
        Path nested = Files.write(tmp.resolve("nested.zip"), level);
        ParseResult r = new TikaDocumentParser(ParseLimits.defaults()).parse(nested);
        assertTrue(r.embedded().stream().noneMatch(p -> p.content().blocks().stream()
                .anyMatch(b -> b.text().contains("Dypt nede"))), "the text five levels down is not reached");
        assertTrue(r.embedded().stream().anyMatch(p -> p.warnings().stream().anyMatch(w -> w.contains("deeper than 3"))));
    }

    @Test
    void emptyAndOversizedFilesFailWithAReason() throws IOException {
        Path empty = Files.createFile(tmp.resolve("tom.pdf"));
        assertEquals("empty file", assertThrows(ParseFailure.class, () -> parser.parse(empty)).reason());

        Path big = Files.write(tmp.resolve("stor.txt"), new byte[2048]);
        TikaDocumentParser small = new TikaDocumentParser(ParseLimits.defaults().withMaxFileBytes(1024));
        assertTrue(assertThrows(ParseFailure.class, () -> small.parse(big)).reason().contains("larger than the limit"));
    }

    private record Entry(String name, byte[] bytes) {
    }

    private static Entry entry(String name, byte[] bytes) {
        return new Entry(name, bytes);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
