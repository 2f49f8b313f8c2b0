package no.muni.parse.pdf;

import java.util.List;

import no.muni.model.Block;

/**
 * A PDF read once for its layout: the body's blocks, and each page's text layer (in page order), which tells
 * whether a page needs OCR.
 */
public record PdfLayout(List<Block> blocks, List<TextLayer> pages) {
    public PdfLayout {
        blocks = List.copyOf(blocks);
        pages = List.copyOf(pages);
    }
}
