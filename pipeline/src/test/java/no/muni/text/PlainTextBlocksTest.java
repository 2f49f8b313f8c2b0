package no.muni.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;

class PlainTextBlocksTest {

    private final PlainTextBlocks parser = new PlainTextBlocks();

    @Test
    void numberedLinesThatReadLikeTitlesAreNumberedHeadings() {
        List<Block> blocks = parser.parse("Plan for idrett\n\n1. Mål\n\n4.2 Kommunal støtte til idrettslag\n");
        assertEquals(List.of(new Heading(1, null, "Plan for idrett"), new Heading(1, "1", "Mål"),
                new Heading(2, "4.2", "Kommunal støtte til idrettslag")), blocks);
    }

    @Test
    void numberedSentencesAreListItemsWithTheirNumberAsMarker() {
        List<Block> blocks = parser.parse("5.1. *Prinsipp*: Frivillig arbeid gir merverdi.\n");
        assertEquals(List.of(new ListItem("5.1.", 1, "Prinsipp: Frivillig arbeid gir merverdi.", List.of("Prinsipp"))),
                blocks);
    }

    @Test
    void bulletsAndEnumeratorsBecomeListItemsWithDepthFromIndentation() {
        List<Block> blocks = parser.parse("""
                - 4.2. *Aktuelle tiltak 2016-2019*:
                 - a) Kommunen låner ut gymsaler.
                 - b) Kommunen drifter en portal.
                • Neste punkt
                * Stjernepunkt
                1) Første svar
                A. Tema:
                """);
        assertEquals(List.of(
                new ListItem("4.2.", 1, "Aktuelle tiltak 2016-2019:", List.of("Aktuelle tiltak 2016-2019")),
                new ListItem("a)", 2, "Kommunen låner ut gymsaler."),
                new ListItem("b)", 2, "Kommunen drifter en portal."),
                new ListItem("•", 1, "Neste punkt"),
                new ListItem("*", 1, "Stjernepunkt"),
                new ListItem("1)", 1, "Første svar"),
                new ListItem("A.", 1, "Tema:")), blocks);
    }

    @Test
    void linesOfOneParagraphStayApartUnlessTheyContinueASentence() {
        List<Block> blocks = parser.parse("""
                Vedlegg

                Avtale med Tromsø Røde Kors
                Referat fra dialogmøte

                - Møteplass for organisasjoner som

                jobber mot barn og unge
                """);
        assertEquals(List.of(new Heading(1, null, "Vedlegg"), new Paragraph("Avtale med Tromsø Røde Kors"),
                new Paragraph("Referat fra dialogmøte"),
                new ListItem("-", 1, "Møteplass for organisasjoner som jobber mot barn og unge")), blocks);
    }

    @Test
    void linesWrappedAtPageWidthAreJoined() {
        String wrapped = "Kommunen har satt av midler til nye samarbeidsavtaler med frivillige lag og\n"
                + "Foreninger i hele kommunen, og dialogen med organisasjonene pågår fortsatt i\n"
                + "Tromsø sentrum.\n"
                + "Kort linje\n";
        List<Block> blocks = parser.parse(wrapped);
        assertEquals(2, blocks.size());
        assertEquals("Kommunen har satt av midler til nye samarbeidsavtaler med frivillige lag og Foreninger "
                + "i hele kommunen, og dialogen med organisasjonene pågår fortsatt i Tromsø sentrum.", blocks.get(0).text());
    }

    @Test
    void formFeedsAreNumberedPageBreaks() {
        List<Block> blocks = parser.parse("Side en tekst.\fSide to tekst.\n\fSide tre.");
        assertEquals(List.of(new Paragraph("Side en tekst."), new PageBreak(2), new Paragraph("Side to tekst."),
                new PageBreak(3), new Paragraph("Side tre.")), blocks);
    }

    @Test
    void tabSeparatedLinesAreTableRowsWithHtmlListsInCells() {
        List<Block> blocks = parser.parse("""
                #### Politikkområde; Trygg oppvekst

                Delmål\tStrategier
                Alle barn deltar\t<ul><li>• Gratis <b>kulturskole</b></li><li>• Fritidskort</li></ul>

                \t<ul> <li>• Transport til aktiviteter</li> </ul>
                Etter tabellen.
                """);
        assertEquals(new Heading(4, null, "Politikkområde; Trygg oppvekst"), blocks.get(0));
        Table table = assertInstanceOf(Table.class, blocks.get(1));
        assertEquals(3, table.rows().size());
        assertEquals(List.of(new ListItem("•", 1, "Gratis kulturskole", List.of("kulturskole")),
                new ListItem("•", 1, "Fritidskort")), table.rows().get(1).cells().get(1).blocks());
        assertEquals(List.of(), table.rows().get(2).cells().get(0).blocks());
        assertEquals(new Paragraph("Etter tabellen."), blocks.get(2));
    }

    @Test
    void datesAndPostcodesAreNotSectionNumbers() {
        List<Block> blocks = parser.parse("17. juni 2014 vedtok bystyret planen\n9008 TROMSØ\n");
        assertEquals(List.of(new Paragraph("17. juni 2014 vedtok bystyret planen"), new Paragraph("9008 TROMSØ")),
                blocks);
    }
}
