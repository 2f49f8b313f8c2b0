package no.muni.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;

/**
 * Turns the content of one transcribed table cell into blocks. Transcriptions of Word tables keep
 * the cell's HTML ({@code <p>}, {@code <ul><li>}) or flatten a list to literal bullets; either way
 * a reader wants the same blocks a DOCX parse gives: list items for list entries, paragraphs else.
 */
public final class CellMarkup {
    private static final Pattern ITEM_START = Pattern.compile("<li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_END = Pattern.compile("</(?:ul|ol)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("</?p\\b[^>]*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("<(b|strong|i|em)\\b[^>]*>(.*?)</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LITERAL_BULLET = Pattern.compile("\\s*•\\s*");
    private static final String BULLET = "•";

    private CellMarkup() {
    }

    public static List<Block> parse(String cell) {
        List<Block> blocks = new ArrayList<>();
        String[] parts = ITEM_START.split(cell == null ? "" : cell, -1);
        addParagraphs(parts[0], blocks);
        for (int i = 1; i < parts.length; i++) {
            String[] itemAndRest = LIST_END.split(parts[i], 2);
            addItem(itemAndRest[0], blocks);
            if (itemAndRest.length > 1) {
                addParagraphs(itemAndRest[1], blocks);
            }
        }
        return blocks;
    }

    private static void addParagraphs(String html, List<Block> into) {
        for (String part : PARAGRAPH_BREAK.split(html)) {
            String text = InlineText.clean(part);
            if (text.isEmpty()) {
                continue;
            }
            // A list flattened to literal bullets ("• a • b") is still a list.
            String[] bullets = LITERAL_BULLET.split(part.strip());
            if (bullets.length > 2 || part.strip().startsWith(BULLET)) {
                for (String bullet : bullets) {
                    addItem(bullet, into);
                }
            } else {
                into.add(new Paragraph(text, emphasis(part)));
            }
        }
    }

    private static void addItem(String html, List<Block> into) {
        String text = InlineText.clean(html);
        if (!text.isEmpty()) {
            into.add(new ListItem(BULLET, 1, text, emphasis(html)));
        }
    }

    private static List<String> emphasis(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = EMPHASIS.matcher(html);
        while (m.find()) {
            String text = InlineText.clean(m.group(2));
            if (!text.isEmpty()) {
                found.add(text);
            }
        }
        return found;
    }
}
