package no.muni.structure.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Minutes.AgendaItem;
import no.muni.model.Minutes.Topic;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;
import no.muni.structure.Enumerated;
import no.muni.text.InlineText;

/**
 * Reads the agenda of minutes: items opened by a label and number ("Spørsmål 1:", "Sak 12/23",
 * "Tema 2 –", and in political protocols "PS 12/23", "RS 3/23"), whose text follows on the same line or as the next paragraph; inside an item the
 * topics are short enumerated lines ("A. Nærutvalg:", "1. Samarbeid") and their points the bullet
 * items below them. A paragraph starting in lower case continues the point above it (a line broken
 * by the transcription); any other paragraph ends the topic.
 */
final class AgendaReader {
    private static final Pattern ITEM = Pattern.compile(
            "^(?:Spørsmål|Sak|Tema|Punkt|Dagsordenpunkt|PS|RS|OS)\\s+(\\d{1,3}(?:/\\d{2,4})?)\\s*[:.–-]?\\s*(.*)$");
    private static final int MAX_TOPIC_WORDS = 10;

    private AgendaReader() {
    }

    /** The index of the block opening the first agenda item, or the body's size when there is none. */
    static int start(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (itemHeader(body.get(i)).isPresent()) {
                return i;
            }
        }
        return body.size();
    }

    static List<AgendaItem> read(List<Block> body) {
        List<ItemDraft> items = new ArrayList<>();
        for (Block block : body) {
            Optional<Matcher> header = itemHeader(block);
            if (header.isPresent()) {
                items.add(new ItemDraft(header.get().group(1), InlineText.clean(header.get().group(2))));
            } else if (!items.isEmpty()) {
                items.getLast().accept(block);
            }
        }
        return items.stream().map(ItemDraft::toAgendaItem).toList();
    }

    private static Optional<Matcher> itemHeader(Block block) {
        if (block instanceof ListItem || block instanceof Table || block instanceof PageBreak) {
            return Optional.empty();
        }
        Matcher m = ITEM.matcher(InlineText.clean(block.text()));
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    private static Optional<Enumerated> topicHeader(Block block) {
        return Enumerated.of(block)
                .filter(e -> !e.bulleted())
                .filter(e -> e.letter() || e.topLevel())
                .filter(e -> !e.text().isEmpty() && e.text().split("\\s+").length <= MAX_TOPIC_WORDS);
    }

    /** An agenda item being read, block by block. */
    private static final class ItemDraft {
        private final String number;
        private String text;
        private final List<TopicDraft> topics = new ArrayList<>();
        private TopicDraft open;

        ItemDraft(String number, String text) {
            this.number = number;
            this.text = text;
        }

        void accept(Block block) {
            Optional<Enumerated> topic = topicHeader(block);
            if (topic.isPresent()) {
                open = new TopicDraft(topic.get().number() + ".", InlineText.label(topic.get().text()));
                topics.add(open);
            } else if (block instanceof ListItem item) {
                addPoint(InlineText.clean(item.text()));
            } else if (block instanceof Paragraph || block instanceof Heading) {
                acceptParagraph(InlineText.clean(block.text()));
            }
        }

        private void acceptParagraph(String paragraph) {
            if (text.isEmpty() && topics.isEmpty()) {
                text = paragraph;
            } else if (open != null && !open.points.isEmpty() && startsLowerCase(paragraph)) {
                int last = open.points.size() - 1;
                open.points.set(last, open.points.get(last) + " " + paragraph);
            } else {
                open = null;
            }
        }

        private void addPoint(String point) {
            if (point.isEmpty()) {
                return;
            }
            if (open == null) {
                // Points straight under the item, or after a closing remark, form a topic without a title.
                open = new TopicDraft(null, null);
                topics.add(open);
            }
            open.points.add(point);
        }

        AgendaItem toAgendaItem() {
            return new AgendaItem(number, text, topics.stream()
                    .map(t -> new Topic(t.label, t.title, List.copyOf(t.points))).toList());
        }

        private static boolean startsLowerCase(String s) {
            return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
        }
    }

    private record TopicDraft(String label, String title, List<String> points) {
        TopicDraft(String label, String title) {
            this(label, title, new ArrayList<>());
        }
    }
}
