package no.muni.parse.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;
import no.muni.parse.NeedsTesseract;
import no.muni.parse.TikaDocumentParser;
import no.muni.structure.DocumentStructurer;
import no.muni.tag.OpenNlpEntityTagger;

/**
 * Scanned minutes (a PDF of page images, no text layer) and a photographed page read through
 * Tesseract give the same title and organisations as the typed original (issue #14, item 1).
 */
class ScannedDocumentsTest {

    @TempDir
    static Path tmp;

    private static final TikaDocumentParser PARSER = new TikaDocumentParser(ParseLimits.defaults());
    private static final DocumentStructurer STRUCTURER = DocumentStructurer.standard();
    private static OpenNlpEntityTagger tagger;

    @BeforeAll
    static void needsTesseract() {
        NeedsTesseract.check();
        tagger = OpenNlpEntityTagger.bundled();
    }

    /** Minutes as an elder council's secretary types them; 12 pt, so a 200 dpi scan reads well. */
    private static TestPdf minutes() throws IOException {
        return new TestPdf().page()
                .text(72, 80, TestPdf.BOLD, 18, "Referat fra møte i eldrerådet")
                .text(72, 120, TestPdf.REGULAR, 12, "Møtedato: 14. mars 2023   Sted: Rådhuset, møterom 2")
                .text(72, 160, TestPdf.BOLD, 13, "Sak 5/23 Trygg skolevei ved Sentrum skole")
                .text(72, 190, TestPdf.REGULAR, 12, "Eldrerådet drøftet brevet fra Statens vegvesen om en ny")
                .text(72, 206, TestPdf.REGULAR, 12, "gang- og sykkelvei langs fylkesveien forbi skolen.")
                .text(72, 230, TestPdf.REGULAR, 12, "Rådet ber kommunedirektøren samarbeide med Norges Røde Kors")
                .text(72, 246, TestPdf.REGULAR, 12, "og Frivilligsentralen om skolevakter i mørketiden.")
                .text(72, 280, TestPdf.BOLD, 12, "Vedtak:")
                .text(72, 300, TestPdf.REGULAR, 12, "Eldrerådet støtter forslaget. Saken sendes til formannskapet.");
    }

    @Test
    void aScannedPdfReadsLikeItsTypedOriginal() throws Exception {
        Path typed = minutes().save(tmp.resolve("referat-tekst.pdf"));
        Path scan = minutes().saveAsScan(tmp.resolve("referat-skannet.pdf"), 200);

        ParseResult parsed = PARSER.parse(scan);
        assertEquals(1, parsed.container().ocrPages(), "the one page was read by OCR");
        DocumentStructure original = STRUCTURER.extract(PARSER.parse(typed).container().content());
        DocumentStructure scanned = STRUCTURER.extract(parsed.container().content());
        assertEquals(original.title(), scanned.title());
        assertTrue(scanned.text().contains("Frivilligsentralen"), scanned.text());
        assertEquals(names(tagger.tag(original).organisations()), names(tagger.tag(scanned).organisations()));
        assertTrue(names(tagger.tag(scanned).organisations()).contains("Røde Kors"),
                tagger.tag(scanned).organisations().toString());
    }

    @Test
    void aPhotographedPageIsReadToo() throws Exception {
        Path png = minutes().savePageAsPng(tmp.resolve("referat.png"), 200);
        ParseResult parsed = PARSER.parse(png);
        assertEquals(1, parsed.container().ocrPages());
        DocumentStructure scanned = STRUCTURER.extract(parsed.container().content());
        Path typed = minutes().save(tmp.resolve("referat-til-bilde.pdf"));
        assertEquals(STRUCTURER.extract(PARSER.parse(typed).container().content()).title(), scanned.title());
        assertTrue(scanned.text().contains("Statens vegvesen"), scanned.text());
    }

    @Test
    void withOcrOffAScanFailsAsNeedingOcr() throws Exception {
        Path scan = minutes().saveAsScan(tmp.resolve("av.pdf"), 100);
        TikaDocumentParser off = new TikaDocumentParser(ParseLimits.defaults(),
                OcrOptions.defaults().withMode(OcrOptions.Mode.OFF));
        ParseFailure failure = assertThrows(ParseFailure.class, () -> off.parse(scan));
        assertTrue(failure.reason().startsWith("needs OCR: PDF without a text layer"), failure.reason());
    }

    @Test
    void aTypedPdfIsNotSentToOcrInAutoMode() throws Exception {
        Path typed = minutes().save(tmp.resolve("typet.pdf"));
        assertEquals(0, PARSER.parse(typed).container().ocrPages());
    }

    private static List<String> names(List<Entities.Entity> entities) {
        return entities.stream().map(Entities.Entity::name).sorted().toList();
    }
}
