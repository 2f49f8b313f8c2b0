package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.Minutes;
import no.muni.model.ParsedContent;
import no.muni.text.PlainTextBlocks;

class DocumentStructurerTest {

    private static DocumentStructure structure(StructureExtractor extractor, String text) {
        return extractor.extract(new ParsedContent(new PlainTextBlocks().parse(text), "text/plain", "Mal 3"));
    }

    @Test
    void aCasePresentationIsACase() {
        DocumentStructure doc = structure(DocumentStructurer.standard(), """
                Saksframlegg

                Arkivsaksnr.: 24/00312-2
                Dato: 12.02.2024

                Tilskudd til Alta idrettsråd

                Forslag til vedtak

                Formannskapet gir idrettsrådet 150 000 kroner i driftstilskudd for 2024.
                """);
        assertEquals(DocType.CASE, doc.docType());
        assertEquals("Tilskudd til Alta idrettsråd", doc.title());
        assertEquals("24/00312-2", doc.caseNumber());
        assertEquals("2024-02-12", String.valueOf(doc.date()));
        assertTrue(doc.docTypeConfidence() > 0.5);
    }

    @Test
    void aDocumentWithoutCuesIsOtherWithItsMetadataTitleAndVagueDate() {
        DocumentStructure doc = structure(DocumentStructurer.standard(), """
                Vi gjennomførte ryddeaksjonen langs elva med god hjelp fra nabolaget.

                Planlagt igjen høsten 2025.
                """);
        assertEquals(DocType.OTHER, doc.docType());
        assertEquals("Mal 3", doc.title());
        assertNull(doc.date());
        assertEquals("høsten 2025", doc.dateText());
    }

    @Test
    void theRegisteredExtractorOfTheTypeFillsTheTypedFields() {
        TypeExtractor minutes = (body, into) -> into.minutes(new Minutes("fra " + body.size() + " blokker", null, null, null, null));
        DocumentStructure doc = structure(new DocumentStructurer(Map.of(DocType.MINUTES, minutes)), """
                Møtereferat

                Til stede: Ola, Kari

                Saken ble drøftet.
                """);
        assertEquals(DocType.MINUTES, doc.docType());
        assertEquals("fra 3 blokker", doc.minutes().organiser());
        assertEquals(List.of(), doc.reply().answers());
    }
}
