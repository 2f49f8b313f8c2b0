package no.muni.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.structure.DocumentStructurer;

/**
 * A plain-text file is text: angle brackets in it are addresses, links and comparisons, not markup,
 * and an old Windows code page is read as such (issue #14, item 5).
 */
class PlainTextAsTextTest {

    @TempDir
    Path tmp;

    private final TikaDocumentParser parser = new TikaDocumentParser(ParseLimits.defaults());

    private String textOf(Path file) throws ParseFailure {
        return DocumentStructurer.standard().extract(parser.parse(file).container().content()).text();
    }

    @Test
    void angleBracketsInPlainTextSurvive() throws Exception {
        Path file = Files.writeString(tmp.resolve("henvendelse.txt"), """
                Henvendelse om parkering

                Kommunen har mottatt flere spørsmål om den nye ordningen for beboerparkering i sentrum.
                Her følger svar på de vanligste spørsmålene, slik de ble besvart i bystyrets møte.

                Spørsmål om ordningen kan sendes til Kari Nordmann <kari.nordmann@eksempel.kommune.no>.

                Beboerkort gis til husstander i sonen, og kortet må fornyes hvert år før fristen går ut.

                Se <https://www.eksempel.kommune.no/parkering> for vilkår og priser.

                Prisen settes etter bilens vekt, og regelen gjelder når a<b og c>d i tabellen.
                """, StandardCharsets.UTF_8);
        String text = textOf(file);
        assertTrue(text.contains("Kari Nordmann <kari.nordmann@eksempel.kommune.no>"), text);
        assertTrue(text.contains("Se <https://www.eksempel.kommune.no/parkering> for vilkår og priser."), text);
        assertTrue(text.contains("a<b og c>d"), text);
    }

    @Test
    void htmlTagsLeftInATextExportAreStillMarkup() throws Exception {
        // text exports of Word tables keep inline HTML; that stays markup, its words kept
        Path file = Files.writeString(tmp.resolve("tiltak.txt"), """
                Tiltak i planperioden

                Vi skal <b>styrke</b> frivilligheten og <i>bygge</i> nye turstier.
                """, StandardCharsets.UTF_8);
        String text = textOf(file);
        assertTrue(text.contains("Vi skal styrke frivilligheten og bygge nye turstier."), text);
        assertFalse(text.contains("<b>"), text);
    }

    @Test
    void windows1252IsDetectedFromItsPrintableHighBytes() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        Path file = Files.write(tmp.resolve("gebyr.txt"), """
                Gebyrregulativ for byggesaker

                Behandlingsgebyret er 2 500 € for en enebolig – og 1 200 € for en garasje.
                Søknader om dispensasjon koster 5 000 €.
                """.getBytes(cp1252));
        String text = textOf(file);
        assertTrue(text.contains("2 500 € for en enebolig – og 1 200 €"), text);
        assertTrue(text.contains("Søknader"), text);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void utf8StaysUtf8() throws Exception {
        Path file = Files.writeString(tmp.resolve("utf8.txt"), "Møte i eldrerådet\n\nPrisen er 20 € per deltaker.\n",
                StandardCharsets.UTF_8);
        assertEquals("Møte i eldrerådet\nPrisen er 20 € per deltaker.", textOf(file).strip().replaceAll("\n+", "\n"));
    }
}
