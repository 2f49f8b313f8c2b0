package no.muni.parse.pdf;

import java.util.List;
import java.util.stream.Collectors;

/** One text line of a page as PDFBox's position sort groups it, split into chunks at wide gaps; y grows downwards. */
record PdfLine(int page, float y, List<PdfChunk> chunks) {
    PdfLine {
        chunks = List.copyOf(chunks);
    }

    float x0() {
        return chunks.getFirst().x0();
    }

    float x1() {
        return chunks.getLast().x1();
    }

    /** The size most of its characters are set in. */
    float size() {
        return chunks.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length()))
                .map(PdfChunk::size).orElse(0f);
    }

    boolean bold() {
        return chunks.stream().allMatch(PdfChunk::bold);
    }

    String text() {
        return chunks.stream().map(PdfChunk::text).collect(Collectors.joining(" "));
    }

    PdfLine withChunks(List<PdfChunk> subset) {
        return new PdfLine(page, y, subset);
    }
}
