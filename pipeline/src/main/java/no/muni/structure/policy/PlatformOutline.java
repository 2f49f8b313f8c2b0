package no.muni.structure.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.DocumentStructure.Section;
import no.muni.model.ListItem;
import no.muni.model.Measure;
import no.muni.model.PageBreak;
import no.muni.model.Policy.Principle;
import no.muni.model.Table;
import no.muni.structure.Enumerated;
import no.muni.text.InlineText;

/**
 * Reads the numbered outline of a policy document: sections "1." to "n." (numbered in sequence,
 * so an enumerated list inside a section is not taken for a new section), their numbered points
 * ("4.1"), the points labelled "Prinsipp:" as principles, and every measure list — a point or
 * line "Aktuelle tiltak 2015-2018" followed by items "a)", "b)"… or bullets — as measures that
 * carry the list's section number, their letter and the list's period.
 */
final class PlatformOutline {
    private static final Pattern PRINCIPLE = Pattern.compile("^Prinsipp(?:er)?\\s*[:.–-]\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern MEASURE_LIST = Pattern.compile(
            "\\btiltak\\b[^.]{0,40}?((?:19|20)\\d{2})\\s*[-–]\\s*((?:19|20)\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MAX_HEADING_WORDS = 12;

    /** What the outline yields. */
    record Outline(List<Section> sections, List<Principle> principles, List<Measure> measures) {
    }

    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<Principle> principles = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private String point;
    private MeasureList list;

    private PlatformOutline() {
    }

    static Outline read(List<Block> body) {
        PlatformOutline outline = new PlatformOutline();
        body.forEach(outline::accept);
        return new Outline(outline.sections.stream().map(SectionDraft::toSection).toList(),
                List.copyOf(outline.principles), List.copyOf(outline.measures));
    }

    private void accept(Block block) {
        if (block instanceof PageBreak || block instanceof Table) {
            return;
        }
        Optional<Enumerated> enumerated = Enumerated.of(block);
        if (enumerated.filter(this::isNextSection).isPresent()) {
            Enumerated e = enumerated.get();
            sections.add(new SectionDraft(e.number(), InlineText.label(e.text())));
            point = null;
            list = null;
            return;
        }
        if (sections.isEmpty()) {
            return;
        }
        SectionDraft section = sections.getLast();
        section.add(InlineText.clean(block.text()));
        if (enumerated.filter(e -> e.number().startsWith(section.number + ".")).isPresent()) {
            acceptPoint(enumerated.get());
        } else if (list != null && isMeasureItem(block, enumerated)) {
            String item = enumerated.map(e -> e.number().toLowerCase(Locale.ROOT)).orElse(null);
            String text = enumerated.map(Enumerated::text).orElseGet(() -> InlineText.clean(block.text()));
            measures.add(new Measure(text, list.section, item, list.period, null, List.of(), null, null, null));
        } else if (list != null && !measures.isEmpty() && startsLowerCase(block.text())) {
            // The rest of an item broken by a page or column end, as paginated formats deliver it.
            Measure last = measures.removeLast();
            measures.add(new Measure(last.text() + " " + InlineText.clean(block.text()), last.section(), last.item(),
                    last.period(), last.responsible(), last.organisations(), last.amountNok(), last.status(), last.policyArea()));
        } else if (!InlineText.clean(block.text()).isEmpty()) {
            // A measure list runs through consecutive items; any other line ends it or opens the next.
            list = measureList(InlineText.clean(block.text()), point != null ? point : section.number);
        }
    }

    private static boolean startsLowerCase(String text) {
        String s = text.strip();
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    private boolean isNextSection(Enumerated e) {
        if (!e.topLevel() || e.bulleted() || e.text().isEmpty()
                || e.text().split("\\s+").length > MAX_HEADING_WORDS || e.text().endsWith(".")) {
            return false;
        }
        int number = Integer.parseInt(e.number());
        return sections.isEmpty() ? number <= 1 : number == Integer.parseInt(sections.getLast().number) + 1;
    }

    private void acceptPoint(Enumerated e) {
        point = e.number();
        list = measureList(e.text(), point);
        Matcher principle = PRINCIPLE.matcher(e.text());
        if (principle.matches()) {
            principles.add(new Principle(point, principle.group(1).strip()));
        }
    }

    /** An item of a measure list: lettered or numbered ("a)", "1)"), or a bullet. */
    private static boolean isMeasureItem(Block block, Optional<Enumerated> enumerated) {
        return enumerated.map(e -> !e.number().contains(".")).orElse(block instanceof ListItem);
    }

    private static MeasureList measureList(String text, String section) {
        Matcher m = MEASURE_LIST.matcher(text);
        return m.find() ? new MeasureList(section, m.group(1) + "-" + m.group(2)) : null;
    }

    private record MeasureList(String section, String period) {
    }

    private static final class SectionDraft {
        private final String number;
        private final String heading;
        private final List<String> lines = new ArrayList<>();

        SectionDraft(String number, String heading) {
            this.number = number;
            this.heading = heading;
        }

        void add(String line) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }

        Section toSection() {
            return new Section(number, heading, 1, String.join("\n", lines));
        }
    }
}
