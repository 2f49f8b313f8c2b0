package no.muni.parse.pdf;

/** A table column's horizontal extent: from the leftmost start to the rightmost end of its cells' lines. */
record Column(float x0, float x1) {

    boolean overlaps(PdfChunk chunk) {
        return chunk.x0() < x1 && chunk.x1() > x0;
    }

    Column including(PdfChunk chunk) {
        return new Column(Math.min(x0, chunk.x0()), Math.max(x1, chunk.x1()));
    }
}
