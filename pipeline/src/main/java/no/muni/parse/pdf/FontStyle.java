package no.muni.parse.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Whether a font is bold or italic. The base font name says so for nearly every font
 * ("Arial-BoldMT", "Calibri,Italic", "Helvetica-Oblique", "MinionPro-It"); the font descriptor's
 * weight, flags and italic angle cover embedded subsets with neutral names.
 */
record FontStyle(boolean bold, boolean italic) {

    private static final Pattern BOLD_NAME = Pattern.compile("bold|black|heavy|semibold|demi");
    private static final Pattern ITALIC_NAME = Pattern.compile("italic|oblique|kursiv|[-,]it$");
    private static final int BOLD_WEIGHT = 600;

    static FontStyle of(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        boolean bold = BOLD_NAME.matcher(name).find()
                || (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= BOLD_WEIGHT));
        boolean italic = ITALIC_NAME.matcher(name).find()
                || (descriptor != null && (descriptor.isItalic() || descriptor.getItalicAngle() != 0));
        return new FontStyle(bold, italic);
    }
}
