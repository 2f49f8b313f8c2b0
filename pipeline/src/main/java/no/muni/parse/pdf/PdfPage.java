package no.muni.parse.pdf;

import java.util.List;

/** A page's lines from top to bottom. */
record PdfPage(int number, float height, List<PdfLine> lines) {
    PdfPage {
        lines = List.copyOf(lines);
    }
}
