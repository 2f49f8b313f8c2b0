package no.muni.tag.measure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.Measure;

/**
 * A document's measures, merged in this one place by one rule: structured measures first (measure
 * lists, then the strategies of goals: "slik gjør vi det"), then the measures found in running text;
 * a measure is left out when an earlier one says the same (equal text, ignoring case) or, for a
 * measure found in running text, when an earlier one contains its text. A text measure gets the
 * organisations the tagger found in its sentence, and the one introduced as responsible.
 */
public final class DocumentMeasures {

    private static final Pattern RESPONSIBLE = Pattern.compile("(?:i regi av|ansvarlig:?|ansvar for dette har|ledes av)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before an organisation's mention the words naming it responsible may start. */
    private static final int RESPONSIBLE_CUE = 30;

    private DocumentMeasures() {
    }

    /** The measures stated in the document's running text (its emphasis included), before merging. */
    public static List<MeasureExtractor.Found> inText(DocumentStructure structure) {
        return MeasureExtractor.find(text(structure), structure.emphasis());
    }

    /** @param found {@link #inText} of the same document; {@code entities} the tagger's, whose offsets refer to its text */
    public static List<Measure> merge(DocumentStructure structure, List<MeasureExtractor.Found> found, Entities entities) {
        List<Measure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Measure> structured = new ArrayList<>(structure.measures());
        // a strategy that only asks a question ("Hvordan kan vi …?") states no measure
        structure.policy().goals().forEach(g -> g.strategies().stream().filter(s -> !MeasureExtractor.isQuestion(s))
                .forEach(s -> structured.add(Measure.of(s).withPolicyArea(g.area()))));
        for (Measure m : structured) {
            if (seen.add(key(m))) {
                out.add(m);
            }
        }
        String text = text(structure);
        TreeMap<Integer, Named> mentions = byStart(entities.organisations());
        for (MeasureExtractor.Found f : found) {
            String key = key(f.measure());
            if (seen.stream().anyMatch(s -> s.contains(key))) {
                continue;
            }
            seen.add(key);
            out.add(withOrganisations(f, text, mentions));
        }
        return out;
    }

    private static Measure withOrganisations(MeasureExtractor.Found f, String text, TreeMap<Integer, Named> mentions) {
        Measure m = f.measure();
        List<String> involved = new ArrayList<>();
        String responsible = null;
        for (Named named : mentions.subMap(f.sentenceStart(), f.sentenceEnd()).values()) {
            Mention mention = named.mention();
            if (mention.end() <= f.sentenceEnd()) {
                if (!involved.contains(named.name())) {
                    involved.add(named.name());
                }
                String before = text.substring(Math.max(f.sentenceStart(), mention.start() - RESPONSIBLE_CUE),
                        mention.start());
                if (responsible == null && RESPONSIBLE.matcher(before).find()) {
                    responsible = named.name();
                }
            }
        }
        return new Measure(m.text(), m.section(), m.item(), m.period(), responsible, involved, m.amountNok(),
                m.status(), m.policyArea());
    }

    private record Named(Mention mention, String name) {
    }

    /** Every organisation mention by its start, so a measure's sentence finds its organisations directly. */
    private static TreeMap<Integer, Named> byStart(List<Entity> organisations) {
        TreeMap<Integer, Named> mentions = new TreeMap<>();
        organisations.forEach(o -> o.mentions().forEach(m -> mentions.putIfAbsent(m.start(), new Named(m, o.name()))));
        return mentions;
    }

    private static String key(Measure m) {
        return m.text().toLowerCase(Locale.ROOT);
    }

    private static String text(DocumentStructure structure) {
        return structure.text() == null ? "" : structure.text();
    }
}
