package no.muni.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.EntityKind;
import no.muni.tag.measure.MeasureExtractor;
import no.muni.tag.normalise.NameNormaliser;
import opennlp.tools.util.Span;

/**
 * The tag stage: OpenNLP models trained on NorNE, the gazetteer, Norwegian naming conventions and
 * the document's structure, merged into canonical entities. Models and gazetteer are shared; each
 * thread gets its own {@link TextAnnotator}, because OpenNLP's ME classes are not thread-safe.
 */
public final class OpenNlpEntityTagger implements EntityTagger {

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
    public Entities tag(DocumentStructure structure, List<MeasureExtractor.Found> textMeasures) {
        String text = structure.text() == null ? "" : structure.text();
        List<Candidate> candidates = new ArrayList<>();
        for (TaggedSentence s : annotators.get().annotate(text)) {
            for (Span name : s.names()) {
                cleaner.clean(s, text, name, candidates);
            }
            rules.apply(s, text, candidates);
        }
        Set<String> measureNames = new HashSet<>();
        textMeasures.forEach(m -> measureNames.add(normaliser.key(m.measure().text())));
        structure.measures().forEach(m -> measureNames.add(normaliser.key(m.text())));

        Map<String, Builder> orgs = new LinkedHashMap<>();
        Map<String, Builder> persons = new LinkedHashMap<>();
        Map<String, Builder> places = new LinkedHashMap<>();
        fromStructure(structure, text, orgs, persons);
        SpanIndex fromStructure = new SpanIndex();
        orgs.values().forEach(b -> b.mentions.values().forEach(m -> fromStructure.add(m.start(), m.end())));
        persons.values().forEach(b -> b.mentions.values().forEach(m -> fromStructure.add(m.start(), m.end())));
        SpanIndex initiativeNames = new SpanIndex();
        textMeasures.stream().filter(MeasureExtractor.Found::hasName).forEach(f -> initiativeNames.add(f.nameStart(), f.nameEnd()));
        for (Candidate c : resolve(candidates)) {
            // the structure stage read the list as a whole; a part of a listed name is not another entity
            if (!fromStructure.overlaps(c.start(), c.end()) && !isInitiativeName(c, initiativeNames)) {
                accept(c, measureNames, orgs, persons, places);
            }
        }
        propagate(text, orgs);

        return new Entities(build(orgs), build(persons), build(places));
    }

    /**
     * A word the model or a naming pattern finds inside a named initiative ("POP-UP" in
     * "<i>POP-UP dager</i>") belongs to the initiative's name; known organisations stay organisations.
     */
    private static boolean isInitiativeName(Candidate c, SpanIndex initiativeNames) {
        boolean guessed = c.source() == Candidate.Source.MODEL || c.source() == Candidate.Source.PATTERN;
        return guessed && "ORG".equals(c.type()) && initiativeNames.covers(c.start(), c.end());
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
        SpanIndex taken = new SpanIndex();
        for (Candidate c : sorted) {
            if (!taken.overlaps(c.start(), c.end())) {
                kept.add(c);
                taken.add(c.start(), c.end());
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

    /**
     * Once a name is known to be an organisation, its other occurrences in the document are too. One
     * pass over the text's word starts, with the names grouped by their first word, so the cost is
     * linear in the text however many organisations it names; the longest name at a position wins and
     * a place already taken by another mention stays with it.
     */
    private static void propagate(String text, Map<String, Builder> orgs) {
        Map<String, List<Map.Entry<String, Builder>>> byFirstWord = new HashMap<>();
        SpanIndex taken = new SpanIndex();
        for (Builder b : orgs.values()) {
            Set<String> surfaces = new HashSet<>(b.aliases);
            surfaces.add(b.name);
            for (Mention m : b.mentions.values()) {
                surfaces.add(m.text());
                taken.add(m.start(), m.end());
            }
            for (String s : surfaces) {
                if (s.length() >= 3 && Character.isUpperCase(s.charAt(0))) {
                    byFirstWord.computeIfAbsent(s.substring(0, wordEnd(s, 0)), k -> new ArrayList<>()).add(Map.entry(s, b));
                }
            }
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, Builder> e) -> e.getKey().length()).reversed()));
        for (int at = 0; at < text.length(); at++) {
            if (!wordChar(text, at) || wordChar(text, at - 1)) {
                continue;
            }
            List<Map.Entry<String, Builder>> names = byFirstWord.get(text.substring(at, wordEnd(text, at)));
            if (names == null) {
                continue;
            }
            for (Map.Entry<String, Builder> name : names) {
                int end = at + name.getKey().length();
                if (text.startsWith(name.getKey(), at) && !wordChar(text, end)) {
                    if (!taken.overlaps(at, end)) {
                        name.getValue().mention(new Mention(at, end, name.getKey()));
                        taken.add(at, end);
                    }
                    break;
                }
            }
        }
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (wordChar(text, i)) {
            i++;
        }
        return i;
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

        Entity build() {
            return new Entity(name, List.copyOf(aliases), List.copyOf(mentions.values()));
        }
    }
}
