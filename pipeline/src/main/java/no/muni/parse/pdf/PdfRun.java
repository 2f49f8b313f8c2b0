package no.muni.parse.pdf;

/** Characters of one line set in one style; whitespace runs carry the style of the glyph they came from. */
record PdfRun(String text, boolean bold, boolean italic) {
}
