package no.muni.structure.minutes;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.Minutes.Signature;
import no.muni.model.Paragraph;
import no.muni.text.InlineText;

/**
 * The writer's sign-off at the end of minutes: initials in capitals ("KOJ"), then their role on the
 * next line ("Rådgiver/koordinator"), or both on one line ("KOJ, rådgiver"), optionally after
 * "Referent:".
 */
final class SignatureReader {
    private static final Pattern INITIALS = Pattern.compile(
            "^(?:Referent\\s*:\\s*)?(\\p{Lu}{2,4})(?:\\s*[,/–-]\\s*(.{2,60}))?$");
    private static final int MAX_ROLE_WORDS = 5;
    private static final int TAIL = 4;

    private SignatureReader() {
    }

    static Optional<Signature> read(List<Block> body) {
        for (int i = Math.max(0, body.size() - TAIL); i < body.size(); i++) {
            if (!isLine(body.get(i))) {
                continue;
            }
            Matcher m = INITIALS.matcher(InlineText.clean(body.get(i).text()));
            if (m.matches()) {
                String role = m.group(2) != null ? m.group(2).strip() : roleAfter(body, i);
                return Optional.of(new Signature(m.group(1), role));
            }
        }
        return Optional.empty();
    }

    /** A line of its own: plain-text parsers make a short line without punctuation a heading. */
    private static boolean isLine(Block block) {
        return block instanceof Paragraph || block instanceof Heading;
    }

    private static String roleAfter(List<Block> body, int index) {
        if (index + 1 >= body.size() || !isLine(body.get(index + 1))) {
            return null;
        }
        String role = InlineText.clean(body.get(index + 1).text());
        return role.split("\\s+").length <= MAX_ROLE_WORDS ? role : null;
    }
}
