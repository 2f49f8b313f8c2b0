package no.muni.parse;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.text.PlainTextBlocks;
import no.muni.text.TextNormaliser;

/**
 * Plain text and PDF carry no markup for headings, lists or tables: Tika gives them as lines. For
 * those formats the lines are re-read with the same line rules as a .txt transcription (one blank
 * line between Tika's paragraphs, a form feed between PDF pages), so a PDF and its transcription
 * yield the same blocks. For PDF this is the fallback when {@link PdfLayoutPass} cannot read the
 * file's layout. A title set large wraps early, at no width the line rules could infer, so
 * a paragraph whose lines together spell the document's metadata title is taken as one line.
 */
final class LineLayout {

    private static final PlainTextBlocks LINE_RULES = new PlainTextBlocks();

    private LineLayout() {
    }

    static boolean applies(String mediaType) {
        return mediaType.equals("text/plain") || mediaType.equals("application/pdf");
    }

    static List<Block> reblock(List<Block> blocks, String metadataTitle) {
        String title = metadataTitle == null ? "" : TextNormaliser.flow(metadataTitle);
        StringBuilder text = new StringBuilder();
        boolean pageStarted = false;
        for (Block block : blocks) {
            if (block instanceof PageBreak) {
                if (pageStarted) {
                    text.append('\f');
                }
                pageStarted = true;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\f') {
                text.append("\n\n");
            }
            text.append(asWritten(block, title));
        }
        return LINE_RULES.parse(TextNormaliser.lines(text.toString()));
    }

    /** The block's lines as on the page: a list item with its label, a wrapped title on one line. */
    private static String asWritten(Block block, String title) {
        String text = block instanceof ListItem item ? item.marker() + " " + item.text() : block.text();
        return !title.isEmpty() && text.contains("\n") && TextNormaliser.flow(text).equals(title) ? title : text;
    }
}
