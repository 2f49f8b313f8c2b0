package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;

class XhtmlBlockBuilderTest {

    private static List<Block> blocks(String body) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XhtmlBlockBuilder builder = new XhtmlBlockBuilder();
        factory.newSAXParser().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Ignored</title></head><body>"
                        + body + "</body></html>")), builder);
        return builder.blocks();
    }

    @Test
    void numberedHeadingsKeepTheirNumberApart() throws Exception {
        List<Block> b = blocks("<h1>4.2 Kommunal støtte til frivillig sektor</h1><h2>Innledning</h2>");
        assertEquals(new Heading(1, "4.2", "Kommunal støtte til frivillig sektor"), b.get(0));
        assertEquals(new Heading(2, null, "Innledning"), b.get(1));
    }

    @Test
    void listsKeepOrderMarkersAndNesting() throws Exception {
        List<Block> b = blocks("<ol><li>Første</li><li>Andre<ul><li>Underpunkt</li></ul></li></ol>");
        assertEquals(new ListItem("1.", 1, "Første"), b.get(0));
        assertEquals(new ListItem("2.", 1, "Andre"), b.get(1));
        assertEquals(new ListItem("•", 2, "Underpunkt"), b.get(2));
    }

    @Test
    void tableCellsHoldTheirOwnBlocks() throws Exception {
        List<Block> b = blocks("<p>Før</p><table><tr><td><p>Delmål</p></td><td><p>Strategier</p></td></tr>"
                + "<tr><td><p/></td><td><ul><li>Skolemat</li><li>Fritidsklubber</li></ul></td></tr></table><p>Etter</p>");
        assertEquals(3, b.size());
        Table table = assertInstanceOf(Table.class, b.get(1));
        assertEquals(2, table.rows().size());
        assertEquals("Delmål", table.rows().get(0).cells().get(0).text());
        Table.Cell strategies = table.rows().get(1).cells().get(1);
        assertEquals(List.of(new ListItem("•", 1, "Skolemat"), new ListItem("•", 1, "Fritidsklubber")), strategies.blocks());
        assertEquals("", table.rows().get(1).cells().get(0).text());
        assertEquals(new Paragraph("Etter"), b.get(2));
    }

    @Test
    void emphasisIsKeptAsPhrasesAndPagesAsBreaks() throws Exception {
        List<Block> b = blocks("<div class=\"page\"><p>knyttet til tiltaket <i>Fritidskassa</i> og <b>POP-UP dager</b>.</p></div>"
                + "<div class=\"page\"><p>Side to</p></div>");
        assertEquals(new PageBreak(1), b.get(0));
        Paragraph p = assertInstanceOf(Paragraph.class, b.get(1));
        assertEquals("knyttet til tiltaket Fritidskassa og POP-UP dager.", p.text());
        assertEquals(List.of("Fritidskassa", "POP-UP dager"), p.emphasis());
        assertEquals(new PageBreak(2), b.get(2));
    }

    @Test
    void scriptsStylesAndHeadAreNotText() throws Exception {
        List<Block> b = blocks("<script>alert('x')</script><style>p{}</style><p>Innhold</p>");
        assertEquals(List.of(new Paragraph("Innhold")), b);
    }
}
