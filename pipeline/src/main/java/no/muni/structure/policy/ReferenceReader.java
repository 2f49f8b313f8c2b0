package no.muni.structure.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.text.InlineText;

/**
 * Documents a policy refers to by title. Municipal writers set a title in italics or «quotes» right
 * after the kind of document it is: "i vedtatt bystrategi <i>Byvekst med kvalitet …</i>", "jf.
 * kommuneplanens samfunnsdel «Sammen om Bodø 2030»". A marked phrase after another word is
 * emphasis, not a reference.
 */
final class ReferenceReader {
    private static final Pattern MARKED = Pattern.compile("\\*{1,2}([^*]{3,200})\\*{1,2}|«([^»]{3,200})»|_([^_]{3,200})_");
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "(?:strategi|plan|planen|melding|meldingen|plattform|plattformen|program|programmet|samfunnsdel"
                    + "|samfunnsdelen|arealdel|handlingsplan|utredning|utredningen|veileder|rapport|jf\\.)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int LOOK_BACK = 40;

    private ReferenceReader() {
    }

    static List<String> read(List<Block> body) {
        SequencedSet<String> references = new LinkedHashSet<>();
        for (Block block : body) {
            String text = block.text();
            List<String> emphasis = switch (block) {
                case Paragraph p -> p.emphasis();
                case ListItem li -> li.emphasis();
                default -> List.of();
            };
            for (Span span : spans(text, emphasis)) {
                String before = text.substring(Math.max(0, span.start - LOOK_BACK), span.start);
                if (DOCUMENT_KIND.matcher(InlineText.clean(before)).find()) {
                    references.add(InlineText.clean(span.title));
                }
            }
        }
        return List.copyOf(references);
    }

    /** Marked phrases: markup still in the text, and emphasis the parser recorded (found in the text). */
    private static List<Span> spans(String text, List<String> emphasis) {
        List<Span> spans = new ArrayList<>();
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            String title = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            spans.add(new Span(m.start(), title));
        }
        for (String phrase : emphasis) {
            int at = text.indexOf(phrase);
            if (at >= 0) {
                spans.add(new Span(at, phrase));
            }
        }
        return spans;
    }

    private record Span(int start, String title) {
    }
}
