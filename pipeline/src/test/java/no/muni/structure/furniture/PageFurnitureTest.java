package no.muni.structure.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.Block;
import no.muni.model.DocumentStructure.Sender;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.text.PlainTextBlocks;

class PageFurnitureTest {

    private final PageFurniture furniture = new PageFurniture();

    @Test
    void runningHeadersAndPageNumbersNextToPageBreaksAreRemoved() {
        List<Block> blocks = List.of(
                new Paragraph("Bodø kommune – svar på spørsmål 12/2024"), new Paragraph("Første side handler om budsjettet."),
                new Paragraph("Side 1 av 3"), new PageBreak(2),
                new Paragraph("Bodø kommune – svar på spørsmål 12/2024"), new Paragraph("Andre side handler om tilskudd."),
                new Paragraph("Side 2 av 3"), new PageBreak(3),
                new Paragraph("Bodø kommune – svar på spørsmål 12/2024"), new Paragraph("Tredje side oppsummerer."),
                new Paragraph("Side 3 av 3"));
        CleanBody clean = furniture.strip(blocks);
        assertEquals(List.of("Første side handler om budsjettet.", "Andre side handler om tilskudd.", "Tredje side oppsummerer."),
                clean.blocks().stream().map(Block::text).toList());
    }

    @Test
    void aRecipientAddressIsNotALetterhead() {
        List<Block> blocks = new PlainTextBlocks().parse("""
                Kari Nordmann
                Storgata 12
                9008 TROMSØ

                Vi viser til søknaden din om tilskudd.
                """);
        CleanBody clean = furniture.strip(blocks);
        assertEquals(blocks, clean.blocks());
        assertNull(clean.sender());
    }

    @Test
    void aOneLineFooterIsRemovedAndReadAsSender() {
        List<Block> blocks = new PlainTextBlocks().parse("""
                Kommunen støtter tiltaket med 200 000 kroner.

                Gran kommune Adresse Rådhusvegen 39, 2770 Jaren Telefon 61 33 84 00 E-post postmottak@gran.kommune.no

                Tilskuddet utbetales i mai.
                """);
        CleanBody clean = furniture.strip(blocks);
        assertEquals(List.of("Kommunen støtter tiltaket med 200 000 kroner.", "Tilskuddet utbetales i mai."),
                clean.blocks().stream().map(Block::text).toList());
        assertEquals(new Sender("Gran kommune", null, "Rådhusvegen 39, 2770 Jaren", null, "61338400",
                "postmottak@gran.kommune.no"), clean.sender());
    }
}
