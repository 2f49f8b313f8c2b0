package no.muni.structure.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.text.Bullets;

/**
 * The attachments (vedlegg) a case document lists under "Vedlegg:" / "Vedlegg" / "Trykte vedlegg":
 * one per line or list item, numbered or not, up to a blank-line-separated label ("Saksopplysninger:")
 * or the end of the list; in a flattened text, the numbered entries that follow the label on its line.
 */
final class AttachmentReader {

    private static final Pattern LABEL = Pattern.compile("(?iu)^(?:trykte\\s+|utrykte\\s+)?vedlegg\\s*:?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("^(?:\\d{1,2}[.)]?|" + Bullets.CLASS + ")\\s+");
    private static final Pattern INLINE_ENTRY = Pattern.compile("(?:^|\\s)\\d{1,2}[.)]?\\s+(.+?)(?=\\s\\d{1,2}[.)]?\\s+\\p{Lu}|$)");
    /** A later section's label: "Saksopplysninger:", "Vurdering", "Bakgrunn:". */
    private static final Pattern NEXT_PART = Pattern.compile("^[\\p{L} ]{2,40}:$|^(?:saksopplysninger|vurdering|bakgrunn|sammendrag|"
            + "saksutredning|innledning)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_ENTRY = 200;
    private static final int MAX_ENTRIES = 30;

    private AttachmentReader() {
    }

    static List<String> read(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            Matcher m = LABEL.matcher(body.get(i).text().strip());
            if (!m.matches()) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            if (!m.group(1).isBlank()) {
                Matcher inline = INLINE_ENTRY.matcher(m.group(1).strip());
                while (inline.find()) {
                    entries.add(inline.group(1).strip());
                }
                return entries.isEmpty() ? List.of(m.group(1).strip()) : entries;
            }
            for (int k = i + 1; k < body.size() && entries.size() < MAX_ENTRIES; k++) {
                Block block = body.get(k);
                String text = block.text().strip();
                if (text.isEmpty() || NEXT_PART.matcher(text).find() || text.length() > MAX_ENTRY
                        || (block instanceof Heading h && h.number() == null)) {
                    break;
                }
                entries.add(NUMBER.matcher(text).replaceFirst(""));
            }
            return entries;
        }
        return List.of();
    }
}
