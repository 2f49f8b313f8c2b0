package no.muni.text;

/**
 * The glyphs that mark list items, one set for every reader of lists: typographic bullets ("•",
 * Word's Symbol-font "·", "▪", "◦", checkmarks, arrows, squares) and the dashes and star writers type
 * as bullets. Tika, PDFBox and the writers themselves all put these before list items, so a reader
 * that missed one would see a paragraph where the others see a list.
 */
public final class Bullets {

    /** Glyphs that are only ever bullets. */
    public static final String SYMBOLS = "•·▪◦‣∙●○■□►➢✓";
    /** One bullet, as a regular-expression character class. */
    public static final String CLASS = "[" + SYMBOLS + "\\-–—*]";

    private Bullets() {
    }
}
