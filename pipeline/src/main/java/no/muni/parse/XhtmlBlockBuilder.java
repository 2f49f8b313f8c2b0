package no.muni.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;
import no.muni.text.TextNormaliser;

/**
 * Builds {@link Block}s from the XHTML SAX events every Tika parser emits, so that headings, list
 * items (with nesting), tables and emphasis survive whatever the source format was. Text inside a
 * block keeps its line breaks; {@link TextNormaliser} decides later what a line break means.
 * One instance per document; not thread-safe.
 */
public final class XhtmlBlockBuilder extends DefaultHandler {

    private static final Set<String> BLOCK_ELEMENTS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "table", "tr", "td", "th", "blockquote", "pre", "section", "article", "header",
            "footer", "nav", "aside", "main", "dl", "dt", "dd", "body", "caption", "figure", "figcaption",
            "address", "form", "fieldset", "hr");
    private static final Set<String> EMPHASIS = Set.of("b", "strong", "i", "em", "u");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "title");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(\\S.*)$",
            Pattern.DOTALL);

    /** Where finished blocks go: the document body or the cell being filled. */
    private final Deque<List<Block>> containers = new ArrayDeque<>();
    /** Open block-level elements, innermost first; decides what kind of block pending text becomes. */
    private final Deque<String> openBlocks = new ArrayDeque<>();
    /** Open lists: their element name and the running item number of ordered lists. */
    private final Deque<int[]> listCounters = new ArrayDeque<>();
    private final Deque<Boolean> listOrdered = new ArrayDeque<>();
    private final Deque<TableUnderConstruction> tables = new ArrayDeque<>();

    private final StringBuilder text = new StringBuilder();
    private final List<String> emphasis = new ArrayList<>();
    private final StringBuilder emphasised = new StringBuilder();
    private int emphasisDepth;
    private int skipDepth;
    private int pages;
    private String pendingListMarker;
    /** The class of the open {@code <p>}: Word's list styles show there. */
    private String paragraphClass;

    public XhtmlBlockBuilder() {
        containers.push(new ArrayList<>());
    }

    /** The blocks of the document body, once the parse has ended. */
    public List<Block> blocks() {
        flush();
        return List.copyOf(containers.getLast());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = elementName(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth++;
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if ("br".equals(name)) {
            text.append('\n');
            return;
        }
        if (EMPHASIS.contains(name)) {
            if (emphasisDepth++ == 0) {
                emphasised.setLength(0);
            }
            return;
        }
        if (!BLOCK_ELEMENTS.contains(name)) {
            return;
        }
        flush();
        switch (name) {
            case "div" -> {
                if ("page".equals(atts.getValue("class"))) {
                    containers.peek().add(new PageBreak(++pages));
                }
            }
            case "ul", "ol" -> {
                listOrdered.push("ol".equals(name));
                listCounters.push(new int[] {0});
            }
            case "li" -> {
                if (!listCounters.isEmpty()) {
                    int n = ++listCounters.peek()[0];
                    pendingListMarker = listOrdered.peek() ? n + "." : "•";
                } else {
                    pendingListMarker = "•";
                }
            }
            case "p" -> paragraphClass = atts.getValue("class");
            case "table" -> tables.push(new TableUnderConstruction());
            case "tr" -> {
                if (!tables.isEmpty()) {
                    tables.peek().rows.add(new ArrayList<>());
                }
            }
            case "td", "th" -> containers.push(new ArrayList<>());
            default -> {
            }
        }
        openBlocks.push(name);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = elementName(localName, qName);
        if (SKIPPED.contains(name)) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if (skipDepth > 0) {
            return;
        }
        if (EMPHASIS.contains(name)) {
            if (emphasisDepth > 0 && --emphasisDepth == 0) {
                String phrase = emphasised.toString().replaceAll("\\s+", " ").strip();
                if (!phrase.isEmpty()) {
                    emphasis.add(phrase);
                }
            }
            return;
        }
        if (!BLOCK_ELEMENTS.contains(name)) {
            return;
        }
        flush();
        if (!openBlocks.isEmpty()) {
            openBlocks.pop();
        }
        switch (name) {
            case "p" -> paragraphClass = null;
            case "ul", "ol" -> {
                if (!listCounters.isEmpty()) {
                    listCounters.pop();
                    listOrdered.pop();
                }
            }
            case "td", "th" -> {
                if (containers.size() > 1) {
                    List<Block> cell = containers.pop();
                    if (!tables.isEmpty() && !tables.peek().rows.isEmpty()) {
                        tables.peek().rows.getLast().add(new Table.Cell(cell));
                    }
                }
            }
            case "table" -> {
                if (!tables.isEmpty()) {
                    Table table = tables.pop().build();
                    if (!table.rows().isEmpty()) {
                        containers.peek().add(table);
                    }
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        text.append(ch, start, length);
        if (emphasisDepth > 0) {
            emphasised.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void flush() {
        String raw = text.toString();
        text.setLength(0);
        List<String> phrases = List.copyOf(emphasis);
        emphasis.clear();
        if (raw.isBlank()) {
            return;
        }
        String body = raw.strip();
        String kind = nearestKind();
        List<Block> container = containers.peek();
        if (kind.length() == 2 && kind.charAt(0) == 'h' && Character.isDigit(kind.charAt(1))) {
            container.add(heading(kind.charAt(1) - '0', body));
        } else if ("li".equals(kind)) {
            container.add(new ListItem(pendingListMarker == null ? "•" : pendingListMarker,
                    Math.max(1, listCounters.size()), ListParagraph.withoutTypedBullet(body), phrases));
        } else {
            paragraph(container, body, phrases);
        }
    }

    /** A paragraph, unless it is a list item written as one (Word lists) or the continuation of one. */
    private void paragraph(List<Block> container, String body, List<String> phrases) {
        if (ListParagraph.isContinuation(paragraphClass, body) && !container.isEmpty()
                && container.getLast() instanceof ListItem item) {
            container.set(container.size() - 1, new ListItem(item.marker(), item.depth(), item.text() + " " + body,
                    concat(item.emphasis(), phrases)));
            return;
        }
        ListParagraph.read(paragraphClass, body).ifPresentOrElse(item -> {
            if (!item.text().isEmpty()) {
                container.add(new ListItem(item.marker(), item.depth(), item.text(), phrases));
            }
        }, () -> container.add(new Paragraph(body, phrases)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private String nearestKind() {
        for (String open : openBlocks) {
            if ("li".equals(open) || (open.length() == 2 && open.charAt(0) == 'h' && Character.isDigit(open.charAt(1)))) {
                return open;
            }
            if ("td".equals(open) || "th".equals(open)) {
                return "p";
            }
        }
        return "p";
    }

    private static Heading heading(int level, String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        Matcher m = HEADING_NUMBER.matcher(oneLine);
        if (m.matches()) {
            return new Heading(level, m.group(1), m.group(2).strip());
        }
        return new Heading(level, null, oneLine);
    }

    private static String elementName(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static final class TableUnderConstruction {
        final List<List<Table.Cell>> rows = new ArrayList<>();

        Table build() {
            List<Table.Row> built = new ArrayList<>();
            for (List<Table.Cell> cells : rows) {
                if (!cells.isEmpty()) {
                    built.add(new Table.Row(cells));
                }
            }
            return new Table(built);
        }
    }
}
