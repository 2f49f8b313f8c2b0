package no.muni.structure.furniture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.DocumentStructure.Sender;
import no.muni.model.Heading;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.structure.dates.DateLabels;

/**
 * Removes letterheads, headers and footers from the body, wherever a page break dropped them, and
 * keeps what the first letterhead says about the sender. Two signs give furniture away: the
 * letterhead shape (a run of short lines with address, organisation number, phone, e-mail, web
 * address; unit names just above it) and repetition next to page breaks.
 */
public final class PageFurniture {

    private static final int MAX_LINE_LENGTH = 120;
    private static final int MAX_SINGLE_LINE_LETTERHEAD = 300;
    private static final int MAX_UNIT_LINES = 3;
    private static final int EDGE_BLOCKS = 3;
    private static final Set<LetterheadLine> CONTACT =
            EnumSet.of(LetterheadLine.ORGANISATION_NUMBER, LetterheadLine.PHONE, LetterheadLine.EMAIL, LetterheadLine.WEB);
    private static final Pattern UNIT_NAME = Pattern.compile("^[\\p{Lu}][\\p{L}&/ ,.-]*[\\p{L})]$");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)^(?:side\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(?:\\s*(?:av|/|of)\\s*\\d{1,4})?$");

    private final LetterheadReader reader = new LetterheadReader();

    public CleanBody strip(List<Block> blocks) {
        boolean[] furniture = new boolean[blocks.size()];
        Sender sender = markLetterheads(blocks, furniture);
        markRepeatedPageEdges(blocks, furniture);
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!furniture[i] && !(blocks.get(i) instanceof PageBreak)) {
                body.add(blocks.get(i));
            }
        }
        return new CleanBody(body, sender);
    }

    /** Where one letterhead stands: its unit-name lines from {@code unitStart}, its contact lines from {@code start}. */
    private record Letterhead(int unitStart, int start, int end) {}

    /** Marks every letterhead and returns the sender read from the first one (null when none). */
    private Sender markLetterheads(List<Block> blocks, boolean[] furniture) {
        List<Letterhead> letterheads = sameUnitLines(blocks, findLetterheads(blocks));
        for (Letterhead letterhead : letterheads) {
            for (int k = letterhead.unitStart(); k < letterhead.end(); k++) {
                furniture[k] = true;
            }
        }
        if (letterheads.isEmpty()) {
            return null;
        }
        Letterhead first = letterheads.getFirst();
        return reader.read(texts(blocks, first.unitStart(), first.start()), texts(blocks, first.start(), first.end()));
    }

    private static List<Letterhead> findLetterheads(List<Block> blocks) {
        List<Letterhead> found = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            Set<LetterheadLine> kinds = EnumSet.noneOf(LetterheadLine.class);
            while (end < blocks.size() && isLetterheadLine(blocks.get(end))) {
                kinds.addAll(LetterheadLine.kinds(blocks.get(end).text()));
                end++;
            }
            if (end == i && isLetterheadLine(blocks.get(i), MAX_SINGLE_LINE_LETTERHEAD) && !isCover(blocks.get(i))) {
                kinds.addAll(LetterheadLine.kinds(blocks.get(i).text()));
                end = i + 1;
            }
            if (end > i && isLetterhead(kinds)) {
                found.add(new Letterhead(unitLinesStart(blocks, i), i, end));
            }
            i = Math.max(end, i + 1);
        }
        return found;
    }

    /**
     * A letterhead printed on every page has the same unit names on every page; a short line that
     * stands above only one copy (an attachment title, the end of a list) is the page's own text.
     */
    private static List<Letterhead> sameUnitLines(List<Block> blocks, List<Letterhead> letterheads) {
        Map<List<String>, List<Letterhead>> copies = letterheads.stream()
                .collect(Collectors.groupingBy(l -> texts(blocks, l.start(), l.end())));
        return letterheads.stream().map(l -> {
            int units = commonUnitLines(blocks, copies.get(texts(blocks, l.start(), l.end())));
            return new Letterhead(l.start() - units, l.start(), l.end());
        }).toList();
    }

    /** How many unit lines, counted upwards from the contact lines, all copies share. */
    private static int commonUnitLines(List<Block> blocks, List<Letterhead> copies) {
        int common = copies.stream().mapToInt(l -> l.start() - l.unitStart()).min().orElse(0);
        for (int back = 1; back <= common; back++) {
            String unit = blocks.get(copies.getFirst().start() - back).text().strip();
            int up = back;
            if (!copies.stream().allMatch(l -> blocks.get(l.start() - up).text().strip().equals(unit))) {
                return back - 1;
            }
        }
        return common;
    }

    /**
     * A transcript flattens a plan's or report's cover into one line: its title, the municipality's address and the council's
     * adoption ("ÅRSMELDING 2023 NORDBY KOMMUNE Rådhusvegen 1 … Tlf.: … Vedteke av kommunestyret: 14.06.2024"). That is the
     * document's own first page, not furniture.
     */
    private static boolean isCover(Block block) {
        return DateLabels.adopted(block.text()).isPresent();
    }

    /** Whether the text says how to reach its sender (phone, e-mail, web address, organisation number). */
    public static boolean holdsContactDetails(String text) {
        return holdsContact(LetterheadLine.kinds(text));
    }

    private static boolean holdsContact(Set<LetterheadLine> kinds) {
        return kinds.stream().anyMatch(CONTACT::contains);
    }

    /** An address alone may be a recipient's; a letterhead also says how to reach or identify the sender. */
    private static boolean isLetterhead(Set<LetterheadLine> kinds) {
        return kinds.size() >= 3 || (kinds.size() >= 2 && holdsContact(kinds));
    }

    private static boolean isLetterheadLine(Block block) {
        return isLetterheadLine(block, MAX_LINE_LENGTH)
                || (isTextLine(block) && LetterheadLine.isStreetAddress(block.text()));
    }

    private static boolean isLetterheadLine(Block block, int maxLength) {
        return isTextLine(block) && block.text().length() <= maxLength && !LetterheadLine.kinds(block.text()).isEmpty();
    }

    private static boolean isTextLine(Block block) {
        return block instanceof Paragraph || block instanceof Heading;
    }

    /** Unit names ("Kommunedirektør", "Politisk sekretariat") stand in short lines right above the contact lines. */
    private static int unitLinesStart(List<Block> blocks, int letterheadStart) {
        int start = letterheadStart;
        while (start > 0 && letterheadStart - start < MAX_UNIT_LINES && isUnitName(blocks.get(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isUnitName(Block block) {
        String text = block.text();
        return isTextLine(block) && text.length() <= 60 && text.split("\\s+").length <= 6
                && UNIT_NAME.matcher(text).matches() && !text.endsWith(".");
    }

    /** Headers and footers: blocks next to page breaks that recur on most pages, and page numbers. */
    private static void markRepeatedPageEdges(List<Block> blocks, boolean[] furniture) {
        List<List<Integer>> edges = pageEdges(blocks);
        if (edges.size() < 2) {
            return;
        }
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (int page = 0; page < edges.size(); page++) {
            for (int index : edges.get(page)) {
                pagesByText.computeIfAbsent(edgeKey(blocks.get(index)), k -> new HashSet<>()).add(page);
            }
        }
        int needed = Math.max(2, (edges.size() + 1) / 2);
        for (List<Integer> page : edges) {
            for (int index : page) {
                String text = blocks.get(index).text().strip();
                if (pagesByText.get(edgeKey(blocks.get(index))).size() >= needed || PAGE_NUMBER.matcher(text).matches()) {
                    furniture[index] = true;
                }
            }
        }
    }

    /** The first and last few text blocks of every page. */
    private static List<List<Integer>> pageEdges(List<Block> blocks) {
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        for (int i = 0; i <= blocks.size(); i++) {
            if (i == blocks.size() || blocks.get(i) instanceof PageBreak) {
                List<Integer> edge = new ArrayList<>(page.subList(0, Math.min(EDGE_BLOCKS, page.size())));
                page.subList(Math.max(edge.size(), page.size() - EDGE_BLOCKS), page.size()).forEach(edge::add);
                pages.add(edge);
                page = new ArrayList<>();
            } else if (isTextLine(blocks.get(i))) {
                page.add(i);
            }
        }
        return pages.size() > 1 ? pages : List.of();
    }

    /** Page numbers and dates change from page to page; the rest of a running header does not. */
    private static String edgeKey(Block block) {
        return block.text().toLowerCase().replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    private static List<String> texts(List<Block> blocks, int from, int to) {
        return blocks.subList(from, to).stream().map(Block::text).toList();
    }
}
