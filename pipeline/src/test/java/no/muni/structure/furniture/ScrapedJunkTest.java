package no.muni.structure.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.Block;
import no.muni.text.PlainTextBlocks;

class ScrapedJunkTest {

    private final ScrapedJunk junk = new ScrapedJunk();

    @Test
    void anOrdinaryDocumentIsLeftAlone() {
        List<Block> blocks = new PlainTextBlocks().parse("""
                Kulturplan for Alta

                Kulturplan for Alta er vedtatt av kommunestyret og gjelder i fire år.

                Les mer

                Kontakt kulturkontoret for spørsmål.

                Les mer
                """);
        assertEquals(blocks, junk.cut(blocks));
    }

    @Test
    void chromeBetweenTheSitesTitleAndTheDocumentIsCut() {
        List<Block> blocks = new PlainTextBlocks().parse("""
                Budsjett 2025 for Alta kommune

                Visninger: 311
                Del dokumentet
                Skriv ut

                Budsjett 2025 for Alta kommune Formannskapets innstilling til kommunestyret legges fram i november.
                """);
        assertEquals(List.of("Budsjett 2025 for Alta kommune", "Budsjett 2025 for Alta kommune Formannskapets innstilling "
                + "til kommunestyret legges fram i november."), junk.cut(blocks).stream().map(Block::text).toList());
    }

    @Test
    void theMunicipalitysNameAtTheTopIsNoSitesTitle() {
        // a saksframlegg whose innstilling opens with the municipality's name, within a dozen short header lines
        List<Block> blocks = new PlainTextBlocks().parse("""
                SOLBERG KOMMUNE

                SAKSFRAMLEGG

                Saksbehandler: Per Olav Nesse

                Saksgang:

                Formannskapet 02.04.2024 PS 31/24

                SKOLEBRUKSPLAN 2024-2034

                Kommunedirektørens innstilling:

                Solberg kommune vedtar skolebruksplan 2024-2034.
                """);
        assertEquals(blocks, junk.cut(blocks));
    }
}
