package no.muni.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Entities.Amount;
import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.EntityKind;
import no.muni.model.Measure;
import no.muni.tag.measure.AmountParser;
import no.muni.tag.measure.MeasureExtractor;
import no.muni.tag.normalise.NameNormaliser;
import opennlp.tools.util.Span;

/**
 * The tag stage: OpenNLP models trained on NorNE, the gazetteer, Norwegian naming conventions and
 * the document's structure, merged into canonical entities. Models and gazetteer are shared; each
 * thread gets its own {@link TextAnnotator}, because OpenNLP's ME classes are not thread-safe.
 */
public final class OpenNlpEntityTagger implements EntityTagger {

    private static final Pattern RESPONSIBLE = Pattern.compile("(?:i regi av|ansvarlig:?|ansvar for dette har|ledes av)\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Gazetteer gazetteer;
    private final NameNormaliser normaliser;
    private final SentenceRules rules;
    private final Lexicon roles = Lexicon.resource("/no/muni/tag/roles.txt");
    private final Lexicon generic = Lexicon.resource("/no/muni/tag/generic-organisations.txt");
    private final ThreadLocal<TextAnnotator> annotators;
    private final ModelSpanCleaner cleaner;

    public OpenNlpEntityTagger(NlpModels models, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.normaliser = new NameNormaliser(gazetteer);
        this.rules = new SentenceRules(gazetteer, generic, models.commonWords());
        this.annotators = ThreadLocal.withInitial(() -> new TextAnnotator(models));
        this.cleaner = new ModelSpanCleaner(gazetteer, roles, models.commonWords());
    }

    /** A tagger over the committed models and gazetteer. */
    public static OpenNlpEntityTagger bundled() {
        return new OpenNlpEntityTagger(NlpModels.bundled(), Gazetteer.bundled());
    }

    @Override
    public Entities tag(DocumentStructure structure) {
        String text = structure.text() == null ? "" : structure.text();
        List<Candidate> candidates = new ArrayList<>();
        for (TaggedSentence s : annotators.get().annotate(text)) {
            for (Span name : s.names()) {
                cleaner.clean(s, text, name, candidates);
            }
            rules.apply(s, text, candidates);
        }
        List<MeasureExtractor.Found> textMeasures = MeasureExtractor.find(text, structure.emphasis());
        Set<String> measureNames = new HashSet<>();
        textMeasures.forEach(m -> measureNames.add(normaliser.key(m.measure().text())));
        structure.measures().forEach(m -> measureNames.add(normaliser.key(m.text())));

        Map<String, Builder> orgs = new LinkedHashMap<>();
        Map<String, Builder> persons = new LinkedHashMap<>();
        Map<String, Builder> places = new LinkedHashMap<>();
        fromStructure(structure, text, orgs, persons);
        List<Mention> fromStructure = new ArrayList<>();
        orgs.values().forEach(b -> fromStructure.addAll(b.mentions.values()));
        persons.values().forEach(b -> fromStructure.addAll(b.mentions.values()));
        for (Candidate c : resolve(candidates)) {
            // the structure stage read the list as a whole; a part of a listed name is not another entity
            if (fromStructure.stream().noneMatch(m -> m.start() < c.end() && c.start() < m.end())
                    && !isInitiativeName(c, textMeasures)) {
                accept(c, measureNames, orgs, persons, places);
            }
        }
        propagate(text, orgs);

        List<Entity> organisations = build(orgs);
        return new Entities(organisations, build(persons), build(places), amounts(text),
                measures(structure, textMeasures, text, orgs));
    }

    /**
     * A word the model or a naming pattern finds inside a named initiative ("POP-UP" in
     * "<i>POP-UP dager</i>") belongs to the initiative's name; known organisations stay organisations.
     */
    private static boolean isInitiativeName(Candidate c, List<MeasureExtractor.Found> measures) {
        boolean guessed = c.source() == Candidate.Source.MODEL || c.source() == Candidate.Source.PATTERN;
        return guessed && "ORG".equals(c.type()) && measures.stream()
                .anyMatch(f -> f.hasName() && f.nameStart() <= c.start() && c.end() <= f.nameEnd());
    }

    /** Structure knows best: listed participants and committee members, the asker of a question. */
    private void fromStructure(DocumentStructure st, String text, Map<String, Builder> orgs,
                               Map<String, Builder> persons) {
        for (DocumentStructure.Participant p : st.participants()) {
            if (p.kind() == EntityKind.PERSON) {
                addPerson(p.name(), text, persons);
            } else {
                addOrganisation(p.name(), text, orgs);
            }
        }
        if (st.organiser() != null && !st.organiser().isBlank() && !isRoleOrGeneric(st.organiser())) {
            addOrganisation(st.organiser(), text, orgs);
        }
        if (st.committee() != null) {
            for (DocumentStructure.CommitteeMember m : st.committee().members()) {
                addPerson(m.name(), text, persons);
                addParty(m.party(), text, orgs);
            }
        }
        if (st.question() != null && st.question().askedBy() != null) {
            addPerson(st.question().askedBy().name(), text, persons);
            addParty(st.question().askedBy().party(), text, orgs);
        }
    }

    private void addParty(String label, String text, Map<String, Builder> orgs) {
        GazetteerEntry party = gazetteer.party(label);
        if (party != null) {
            orgs.computeIfAbsent(normaliser.key(party.canonical()), k -> new Builder(party.canonical()));
        }
    }

    private void addOrganisation(String name, String text, Map<String, Builder> orgs) {
        if (name == null || name.isBlank()) {
            return;
        }
        String canonical = normaliser.organisation(name);
        Builder b = orgs.computeIfAbsent(normaliser.key(canonical), k -> new Builder(canonical));
        b.alias(name);
        occurrences(text, name).forEach(b::mention);
    }

    private void addPerson(String name, String text, Map<String, Builder> persons) {
        if (name == null || name.isBlank()) {
            return;
        }
        String canonical = normaliser.person(name);
        Builder b = persons.computeIfAbsent(normaliser.key(canonical), k -> new Builder(canonical));
        occurrences(text, name).forEach(b::mention);
    }

    /** Keeps the best non-overlapping candidates: stronger sources first, then longer spans. */
    private static List<Candidate> resolve(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(OpenNlpEntityTagger::rank).thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(c))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private static int rank(Candidate c) {
        // a known place is weaker evidence than a pattern that puts it inside an organisation name
        if (c.source() == Candidate.Source.GAZETTEER && "LOC".equals(c.type())) {
            return Candidate.Source.values().length;
        }
        return c.source().ordinal();
    }

    private void accept(Candidate c, Set<String> measureNames, Map<String, Builder> orgs,
                        Map<String, Builder> persons, Map<String, Builder> places) {
        Mention mention = new Mention(c.start(), c.end(), c.text());
        switch (c.type()) {
            case "ORG" -> {
                String canonical = c.canonical() != null ? c.canonical() : normaliser.organisation(c.text());
                if (!isOrganisation(c, canonical, measureNames)) {
                    GazetteerEntry place = gazetteer.find(canonical);
                    if (place != null && "LOC".equals(place.type())) {
                        add(places, place.canonical(), mention);
                    }
                    return;
                }
                add(orgs, canonical, mention);
            }
            case "PER" -> {
                String canonical = normaliser.person(c.text());
                if (canonical.isEmpty() || !Character.isUpperCase(canonical.charAt(0)) || roles.containsInflected(canonical)) {
                    return;
                }
                add(persons, canonical, mention);
            }
            case "LOC" -> {
                String canonical = normaliser.place(c.text());
                if (!canonical.isEmpty() && Character.isUpperCase(canonical.charAt(0))) {
                    add(places, canonical, mention);
                }
            }
            default -> { }
        }
    }

    /** Precision rules: generic nouns, roles, places used as places and measures are not organisations. */
    private boolean isOrganisation(Candidate c, String canonical, Set<String> measureNames) {
        if (canonical.length() < 2 || !Character.isLetterOrDigit(canonical.charAt(0))) {
            return false;
        }
        GazetteerEntry known = gazetteer.find(canonical);
        if (known != null) {
            // a bare place name the model calls ORG ("Drammen vedtok") is filed as a place
            return "ORG".equals(known.type());
        }
        if (ModelSpanCleaner.hasShoutedWord(canonical)) {
            return false;
        }
        if (!Character.isUpperCase(canonical.charAt(0)) && !Character.isDigit(canonical.charAt(0))) {
            return false;
        }
        if (isRoleOrGeneric(canonical) || measureNames.contains(normaliser.key(canonical))) {
            return false;
        }
        return canonical.split("\\s+").length <= 8;
    }

    private boolean isRoleOrGeneric(String name) {
        return roles.containsInflected(name) || generic.containsInflected(name);
    }

    private static void add(Map<String, Builder> into, String canonical, Mention m) {
        into.computeIfAbsent(Gazetteer.key(canonical), k -> new Builder(canonical)).mention(m);
    }

    /** Once a name is known to be an organisation, its other occurrences in the document are too. */
    private void propagate(String text, Map<String, Builder> orgs) {
        for (Builder b : orgs.values()) {
            Set<String> surfaces = new HashSet<>(b.aliases);
            surfaces.add(b.name);
            for (Mention m : List.copyOf(b.mentions.values())) {
                surfaces.add(m.text());
            }
            for (String s : surfaces) {
                if (s.length() >= 3 && Character.isUpperCase(s.charAt(0))) {
                    occurrences(text, s).forEach(m -> {
                        if (orgs.values().stream().noneMatch(o -> o != b && o.covers(m))) {
                            b.mention(m);
                        }
                    });
                }
            }
        }
    }

    /** Whole-word occurrences of a name; indexOf rather than a regex per name keeps long documents fast. */
    private static List<Mention> occurrences(String text, String name) {
        List<Mention> out = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (!wordChar(text, at - 1) && !wordChar(text, end)) {
                out.add(new Mention(at, end, name));
            }
        }
        return out;
    }

    private static boolean wordChar(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    private static List<Entity> build(Map<String, Builder> builders) {
        return builders.values().stream().map(Builder::build).toList();
    }

    private static List<Amount> amounts(String text) {
        return AmountParser.find(text).stream().map(AmountParser.Found::amount).toList();
    }

    /**
     * Structured measures first (measure lists, then the strategies of goals: "slik gjør vi det"), then
     * text measures not already among them, with their organisations.
     */
    private List<Measure> measures(DocumentStructure st, List<MeasureExtractor.Found> found, String text,
                                   Map<String, Builder> orgs) {
        List<Measure> out = new ArrayList<>(st.measures());
        st.goals().forEach(g -> g.strategies().forEach(strategy -> out.add(Measure.of(strategy).withPolicyArea(g.area()))));
        Set<String> seen = new HashSet<>();
        out.forEach(m -> seen.add(m.text().toLowerCase(Locale.ROOT)));
        for (MeasureExtractor.Found f : found) {
            Measure m = f.measure();
            String key = m.text().toLowerCase(Locale.ROOT);
            if (seen.stream().anyMatch(s -> s.contains(key))) {
                continue;
            }
            seen.add(key);
            List<String> involved = new ArrayList<>();
            String responsible = null;
            for (Builder b : orgs.values()) {
                for (Mention mention : b.mentions.values()) {
                    if (mention.start() >= f.sentenceStart() && mention.end() <= f.sentenceEnd()) {
                        if (!involved.contains(b.name)) {
                            involved.add(b.name);
                        }
                        String before = text.substring(Math.max(f.sentenceStart(), mention.start() - 30), mention.start());
                        if (responsible == null && RESPONSIBLE.matcher(before).find()) {
                            responsible = b.name;
                        }
                    }
                }
            }
            out.add(new Measure(m.text(), m.section(), m.item(), m.period(), responsible, involved, m.amountNok(),
                    m.status(), m.policyArea()));
        }
        return out;
    }

    /** Collects one entity's mentions and surface variants. */
    private static final class Builder {
        private final String name;
        private final Set<String> aliases = new java.util.LinkedHashSet<>();
        private final Map<Integer, Mention> mentions = new java.util.TreeMap<>();

        Builder(String name) {
            this.name = name;
        }

        void alias(String surface) {
            if (!surface.equals(name)) {
                aliases.add(surface);
            }
        }

        void mention(Mention m) {
            mentions.putIfAbsent(m.start(), m);
            alias(m.text());
        }

        boolean covers(Mention m) {
            return mentions.values().stream().anyMatch(x -> x.start() < m.end() && m.start() < x.end());
        }

        Entity build() {
            return new Entity(name, List.copyOf(aliases), List.copyOf(mentions.values()));
        }
    }
}
