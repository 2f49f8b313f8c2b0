package no.muni.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.structure.LiteralBullets;

/** Every reader of lists knows every bullet: a glyph one of them took for a list item the others did too. */
class BulletsTest {

    private static final String ALL = Bullets.SYMBOLS + "-–—*";

    @Test
    void plainTextReadsEveryBulletAsAListItem() {
        for (char glyph : ALL.toCharArray()) {
            List<Block> blocks = new PlainTextBlocks().parse(glyph + " Leksehjelp på biblioteket\n" + glyph + " Gratis kulturskole");
            assertEquals(List.of(new ListItem(String.valueOf(glyph), 1, "Leksehjelp på biblioteket"),
                    new ListItem(String.valueOf(glyph), 1, "Gratis kulturskole")), blocks, () -> "bullet " + glyph);
        }
    }

    @Test
    void wordParagraphsAndExtractedFieldsLoseEveryTypedBullet() {
        for (char glyph : ALL.toCharArray()) {
            assertEquals("Drammen Røde Kors", InlineText.clean(glyph + " Drammen Røde Kors"), () -> "bullet " + glyph);
            assertEquals(List.of(new ListItem(String.valueOf(glyph), 1, "Drammen Røde Kors")),
                    LiteralBullets.asListItems(List.of(new Paragraph(glyph + " Drammen Røde Kors"))), () -> "bullet " + glyph);
        }
    }
}
