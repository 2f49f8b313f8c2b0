package no.muni.tag.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AmountParserTest {

    private static long only(String text) {
        List<AmountParser.Found> found = AmountParser.find(text);
        assertEquals(1, found.size(), () -> "amounts in '" + text + "': " + found);
        return found.get(0).amount().nok();
    }

    @Test
    void scaledAmounts() {
        assertEquals(500_000L, only("Det er satt av 0.5 millioner kroner til formålet."));
        assertEquals(1_200_000L, only("Bergen kommune gir 1,2 mill. kr i tilskudd."));
        assertEquals(2_000_000_000L, only("Rammen er 2 mrd. kroner."));
        assertEquals(350_000L, only("Tromsø Idrettsråd får 350 tusen kroner."));
    }

    @Test
    void plainAmountsWithThousandSeparators() {
        assertEquals(250_000L, only("Tilskuddet er kr 250 000 for 2024."));
        assertEquals(300_000L, only("Det ble bevilget 300 000 kroner."));
        assertEquals(1_500_000L, only("Totalt 1.500.000 kr."));
    }

    @Test
    void numbersWithoutCurrencyAreNotAmounts() {
        assertTrue(AmountParser.find("Til sammen 28 personer og 3 millioner innbyggere.").isEmpty());
    }
}
