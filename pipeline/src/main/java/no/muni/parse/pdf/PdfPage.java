package no.muni.parse.pdf;

import java.util.List;

/** A page's lines from top to bottom, and what its text layer holds. */
record PdfPage(int number, float height, List<PdfLine> lines, TextLayer layer) {
    PdfPage {
        lines = List.copyOf(lines);
    }
}
