package no.muni.parse.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import no.muni.model.Block;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.text.TextNormaliser;

/**
 * Reads a PDF's body as blocks from its layout, which Tika's text does not keep: headings from
 * size and weight, paragraphs and list items from line spacing, indentation and labels, tables
 * from column alignment, emphasis from italic and bold fonts, and the page furniture at each
 * page's top and bottom set apart in reading order (column by column, as a letterhead footer reads).
 */
public final class PdfBlockReader {

    private PdfBlockReader() {
    }

    /**
     * Opens the file with the empty user password, as Tika does, so a PDF that is only
     * permission-protected reads like any other.
     *
     * @param maxChars stop when the text grows beyond this
     * @throws IOException when the PDF cannot be read, needs a password, exceeds {@code maxChars}
     *                     or the thread is interrupted
     */
    public static List<Block> read(Path file, int maxChars) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return read(document, maxChars).blocks();
        }
    }

    /**
     * The blocks and the pages' text layers of a loaded document (left open), from one pass over its pages.
     *
     * @throws IOException when its text exceeds {@code maxChars} or the thread is interrupted
     */
    public static PdfLayout read(PDDocument document, int maxChars) throws IOException {
        List<PdfPage> pages = LayoutStripper.read(document, maxChars);
        return new PdfLayout(blocks(pages), pages.stream().map(PdfPage::layer).toList());
    }

    static List<Block> blocks(List<PdfPage> pages) {
        LayoutMetrics metrics = LayoutMetrics.of(pages);
        List<PageEdges.Split> splits = PageEdges.split(pages, metrics);
        BlockAssembler body = new BlockAssembler(metrics, metrics.rightEdge(), true);
        for (int i = 0; i < splits.size(); i++) {
            PageEdges.Split page = splits.get(i);
            if (i > 0) {
                body.outsideFlow(List.of(new PageBreak(pages.get(i).number())));
            }
            body.outsideFlow(furniture(page.header()));
            for (TableFinder.Region region : TableFinder.regions(page.body(), metrics)) {
                switch (region) {
                    case TableFinder.Text text -> text.lines().forEach(body::line);
                    case TableFinder.Grid grid -> body.block(TableBuilder.build(grid, metrics));
                }
            }
            body.outsideFlow(furniture(page.footer()));
        }
        return body.finish();
    }

    /** Each chunk a paragraph, column by column from the left, each column from the top. */
    private static List<Block> furniture(List<PdfLine> lines) {
        List<List<PdfChunk>> columns = new ArrayList<>();
        List<Column> extents = new ArrayList<>();
        for (PdfLine line : lines) {
            for (PdfChunk chunk : line.chunks()) {
                int k = 0;
                while (k < extents.size() && !extents.get(k).overlaps(chunk)) {
                    k++;
                }
                if (k == extents.size()) {
                    extents.add(new Column(chunk.x0(), chunk.x1()));
                    columns.add(new ArrayList<>());
                } else {
                    extents.set(k, extents.get(k).including(chunk));
                }
                columns.get(k).add(chunk);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> extents.get(k).x0()));
        List<Block> blocks = new ArrayList<>();
        for (int k : order) {
            columns.get(k).stream().map(c -> TextNormaliser.flow(c.text())).filter(t -> !t.isEmpty())
                    .forEach(t -> blocks.add(new Paragraph(t)));
        }
        return blocks;
    }
}
