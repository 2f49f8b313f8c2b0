package no.muni.parse.pdf;

/**
 * What a page's text layer holds, as PDFBox shows it: every glyph drawn, and those whose font maps them to no
 * character. A scan has few or none; a font without a Unicode map has many unmapped. Tika decides from these
 * two numbers whether a page needs OCR ({@code PDFParserConfig.OCRStrategyAuto}).
 *
 * @param glyphs         glyphs shown on the page, spaces included
 * @param unmappedGlyphs those with no Unicode text
 */
public record TextLayer(int glyphs, int unmappedGlyphs) {
}
