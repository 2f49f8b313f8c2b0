package no.muni.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.model.Table;
import no.muni.text.Bullets;

/**
 * Word documents often carry lists as paragraphs styled "List Paragraph" whose text starts with the
 * bullet glyph ("· Drammen Røde Kors"). A reader of lists wants those as list items, in the body and
 * inside table cells alike; a paragraph that merely contains a bullet stays a paragraph.
 */
public final class LiteralBullets {
    private static final Pattern BULLETED = Pattern.compile("^\\s*(" + Bullets.CLASS + ")\\s+(\\S.*)$", Pattern.DOTALL);

    private LiteralBullets() {
    }

    public static List<Block> asListItems(List<Block> blocks) {
        return blocks.stream().map(LiteralBullets::asListItem).toList();
    }

    private static Block asListItem(Block block) {
        return switch (block) {
            case Paragraph p -> {
                Matcher m = BULLETED.matcher(p.text());
                yield m.matches() ? new ListItem(m.group(1), 1, m.group(2).strip(), p.emphasis()) : p;
            }
            case Table t -> new Table(t.rows().stream()
                    .map(r -> new Table.Row(r.cells().stream()
                            .map(c -> new Table.Cell(asListItems(c.blocks()))).toList()))
                    .toList());
            default -> block;
        };
    }
}
