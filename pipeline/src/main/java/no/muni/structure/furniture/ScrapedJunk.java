package no.muni.structure.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.model.Heading;
import no.muni.structure.dates.NorwegianDates;

/**
 * Cuts what a document-sharing site wraps around a scraped document.
 * <ul>
 * <li>Chrome: the page shows the document's title, then its widgets (size and page pickers,
 *     download button, a "transcript" tab), then the document itself, which opens with its title
 *     again. The short lines between the two titles are cut, except a dated one ("Dato: 25.03.2021"),
 *     which dates the document. A municipality's name alone is the document's own letterhead, never a
 *     site's title.</li>
 * <li>Teasers: a list of other documents at the end, each its title, the title again followed by an
 *     excerpt, and the same short link label ("Detaljer", "Les mer"). Everything from the first
 *     teaser of that run to the end is cut.</li>
 * </ul>
 */
public final class ScrapedJunk {

    private static final int CHROME_WINDOW = 12;
    private static final int MAX_CHROME_LENGTH = 80;
    private static final int MAX_TITLE_LENGTH = 200;
    private static final int MAX_LINK_LABEL_LENGTH = 25;
    private static final int MIN_TEASERS = 2;
    private static final Pattern SLIDE_NUMBER = Pattern.compile("^\\d{1,3}\\s+");

    public List<Block> cut(List<Block> blocks) {
        int end = teasersStart(blocks);
        int contentStart = contentStart(blocks, end);
        if (contentStart <= 1 && end == blocks.size()) {
            return blocks;
        }
        List<Block> kept = new ArrayList<>();
        if (contentStart > 1) {
            kept.add(blocks.getFirst());
            blocks.subList(1, contentStart).stream().filter(b -> NorwegianDates.first(b.text()).isPresent()).forEach(kept::add);
        }
        kept.addAll(blocks.subList(contentStart > 1 ? contentStart : 0, end));
        return kept;
    }

    /** Where the document proper starts after the site's chrome, or 0 when there is no chrome. */
    private static int contentStart(List<Block> blocks, int end) {
        if (blocks.isEmpty() || !isText(blocks.getFirst())) {
            return 0;
        }
        String title = key(blocks.getFirst().text());
        if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH || MunicipalityName.isLine(blocks.getFirst().text())) {
            return 0; // "NORDVIK KOMMUNE" heads the document's own first page; a sentence opening with the name is no repeated title
        }
        for (int i = 1; i < Math.min(CHROME_WINDOW, end); i++) {
            Block block = blocks.get(i);
            if (isText(block) && key(SLIDE_NUMBER.matcher(block.text()).replaceFirst("")).startsWith(title)) {
                return i;
            }
            if (block.text().length() > MAX_CHROME_LENGTH) {
                return 0;
            }
        }
        return 0;
    }

    /** Index of the first teaser of the run that ends the document, or the document's size. */
    private static int teasersStart(List<Block> blocks) {
        String label = linkLabel(blocks);
        if (label == null) {
            return blocks.size();
        }
        int start = blocks.size();
        int teasers = 0;
        while (start >= 3 && isTeaser(blocks, start - 3, label)) {
            start -= 3;
            teasers++;
        }
        return teasers >= MIN_TEASERS ? start : blocks.size();
    }

    /** A teaser: its title, a block opening with the same title, then the link label. */
    private static boolean isTeaser(List<Block> blocks, int at, String label) {
        String title = key(blocks.get(at).text());
        return isText(blocks.get(at)) && !title.isEmpty() && title.length() <= MAX_TITLE_LENGTH
                && key(blocks.get(at + 1).text()).startsWith(title)
                && key(blocks.get(at + 2).text()).equals(label);
    }

    /** The short label that closes the document and recurs as a block of its own, as links do. */
    private static String linkLabel(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        String last = key(blocks.getLast().text());
        if (last.isEmpty() || last.length() > MAX_LINK_LABEL_LENGTH || last.split(" ").length > 3) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        blocks.forEach(b -> counts.merge(key(b.text()), 1, Integer::sum));
        return counts.get(last) >= MIN_TEASERS ? last : null;
    }

    private static boolean isText(Block block) {
        return block instanceof Paragraph || block instanceof Heading || block instanceof ListItem;
    }

    /** Compares titles as a reader would: case, punctuation and spacing aside. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
