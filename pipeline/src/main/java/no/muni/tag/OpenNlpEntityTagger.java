package no.muni.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.EntityKind;
import no.muni.model.MeetingMember;
import no.muni.model.Minutes;
import no.muni.model.Presentation;
import no.muni.model.Reply;
import no.muni.tag.features.OrganisationHeads;
import no.muni.tag.measure.MeasureExtractor;
import no.muni.tag.normalise.NameNormaliser;
import no.muni.text.Cancellation;
import opennlp.tools.util.Span;

/**
 * The tag stage: OpenNLP models trained on NorNE, the gazetteer, Norwegian naming conventions and
 * the document's structure, merged into canonical entities. Models and gazetteer are shared; each
 * thread gets its own {@link TextAnnotator}, because OpenNLP's ME classes are not thread-safe.
 */
public final class OpenNlpEntityTagger implements EntityTagger {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern JOINING_WORD = Pattern.compile("og|for|i|om|av|til|på|&|de|der|von|van");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}'’]+(-\\p{Lu}?[\\p{Ll}'’]+)*");
    private static final Pattern NAME_PARTICLE = Pattern.compile("von|van|de|da|af|av|der|le|la");

    private final Gazetteer gazetteer;
    private final NameNormaliser normaliser;
    private final SentenceRules rules;
    private final Lexicon roles = Lexicon.resource("/no/muni/tag/roles.txt");
    private final Lexicon generic = Lexicon.resource("/no/muni/tag/generic-organisations.txt");
    private final ThreadLocal<TextAnnotator> annotators;
    private final ModelSpanCleaner cleaner;
    private final MunicipalForms forms = new MunicipalForms();
    private final Lexicon commonWords;
    private final Lexicon personWords;

    public OpenNlpEntityTagger(NlpModels models, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.normaliser = new NameNormaliser(gazetteer);
        this.rules = new SentenceRules(gazetteer, generic, models.commonWords(), roles);
        this.annotators = ThreadLocal.withInitial(() -> new TextAnnotator(models));
        this.cleaner = new ModelSpanCleaner(gazetteer, roles, models.commonWords(), models.personWords(), forms);
        this.commonWords = models.commonWords();
        this.personWords = models.personWords();
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
        Cancellation.check();
        SpanIndex placeSlots = forms.placeSlots(text);
        candidates.removeIf(c -> "ORG".equals(c.type()) && (isGuessed(c) && placeSlots.overlaps(c.start(), c.start() + 1)
                || c.source() != Candidate.Source.PARTY_LABEL && MunicipalForms.isCaseCode(text, c.start(), c.end())
                || isGuessed(c) && !endsInLegalForm(c.text()) && MunicipalForms.inContentsEntry(text, c.start(), c.end())));
        Set<String> measureNames = new HashSet<>();
        textMeasures.forEach(m -> measureNames.add(normaliser.key(m.measure().text())));
        structure.measures().forEach(m -> measureNames.add(normaliser.key(m.text())));

        Map<String, Builder> orgs = new LinkedHashMap<>();
        Map<String, Builder> persons = new LinkedHashMap<>();
        Map<String, Builder> places = new LinkedHashMap<>();
        Bodies bodies = new Bodies(forms, text, councilAdopts(structure), holdsBodies(structure));
        fromStructure(structure, text, orgs, persons, bodies);
        SpanIndex fromStructure = new SpanIndex();
        orgs.values().forEach(b -> b.mentions.values().forEach(m -> fromStructure.add(m.start(), m.end())));
        persons.values().forEach(b -> b.mentions.values().forEach(m -> fromStructure.add(m.start(), m.end())));
        SpanIndex initiativeNames = new SpanIndex();
        textMeasures.stream().filter(MeasureExtractor.Found::hasName).forEach(f -> initiativeNames.add(f.nameStart(), f.nameEnd()));
        List<Candidate> kept = resolve(candidates);
        Set<String> personNames = personNames(kept);
        for (Candidate c : kept) {
            // the structure stage read the list as a whole; a part of a listed name is not another entity
            if (!fromStructure.overlaps(c.start(), c.end()) && !isInitiativeName(c, initiativeNames)) {
                accept(asPersonIfNamedSo(c, personNames), measureNames, orgs, persons, places, bodies);
            }
        }
        linkAbbreviations(text, orgs);
        SpanIndex taken = new SpanIndex();
        propagate(text, orgs, taken, 1);
        propagate(text, persons, taken, 2);

        return new Entities(build(orgs), build(persons), build(places));
    }

    /** The names the model or a pattern calls a person somewhere in the document (two words or more). */
    private Set<String> personNames(List<Candidate> candidates) {
        Set<String> names = new HashSet<>();
        for (Candidate c : candidates) {
            String name = normaliser.person(c.text());
            if ("PER".equals(c.type()) && SPACES.split(name).length >= 2 && isPlausiblePerson(name)) {
                names.add(normaliser.key(name));
            }
        }
        return names;
    }

    /**
     * Document-level consistency across types: a name the model calls a person in one sentence ("Kari Holm Berg
     * fremmet forslag") is a person where it calls it an organisation ("votering over forslaget fra Kari Holm Berg").
     */
    private Candidate asPersonIfNamedSo(Candidate c, Set<String> personNames) {
        if (c.source() == Candidate.Source.MODEL && "ORG".equals(c.type()) && personNames.contains(normaliser.key(normaliser.person(c.text())))) {
            return new Candidate(c.start(), c.end(), c.text(), "PER", c.source());
        }
        return c;
    }

    /**
     * A word the model or a naming pattern finds inside a named initiative ("POP-UP" in
     * "<i>POP-UP dager</i>") belongs to the initiative's name; known organisations stay organisations.
     */
    private static boolean isInitiativeName(Candidate c, SpanIndex initiativeNames) {
        return isGuessed(c) && "ORG".equals(c.type()) && initiativeNames.covers(c.start(), c.end());
    }

    /** "… IKS": a company's form closes the name, wherever it stands (after a contents list: "…18 Vik revisjon IKS"). */
    private static boolean endsInLegalForm(String name) {
        String[] words = SPACES.split(name.strip());
        return SentenceRules.isLegalForm(words[words.length - 1]);
    }

    /** Found by the model or a naming pattern, not by the register or a party label. */
    private static boolean isGuessed(Candidate c) {
        return c.source() == Candidate.Source.MODEL || c.source() == Candidate.Source.PATTERN;
    }

    /**
     * Where a council's decision is the municipality's act. A document that has a meeting or a case part holds its
     * organs there (meeting.body, case.route), and so do the papers and accounts of meetings, reports and budgets:
     * there "Kommunestyret" is the body that meets, and real documents' readers never file a bare body as an
     * organisation. A policy or a presentation carries the record of its adoption instead ("Bystyrets vedtak
     * 4. mars 2021", "Vedtatt av kommunestyret 4. mars"): there the adopting council is the municipality acting
     * ({@link Bodies#isBody}).
     */
    private static boolean councilAdopts(DocumentStructure st) {
        return st.meeting() == null && st.caseInfo() == null
                && switch (st.docType()) {
                    case POLICY, PRESENTATION -> true;
                    default -> false;
                };
    }

    /** A document with a meeting or a case part: the municipality's councils of users meet and route cases there. */
    private static boolean holdsBodies(DocumentStructure st) {
        return st.meeting() != null || st.caseInfo() != null;
    }

    /**
     * Which organs are bodies in one document, not organisations. Committees, boards, rooms and a body run together
     * with its table's next cell are bodies in every document; the councils of the elderly, the young and the users
     * ({@link MunicipalForms#isUsersCouncil}) where the document has a meeting or a case (elsewhere, in a note of a
     * dialogue with the voluntary sector, "viktig for Eldrerådet òg" names a partner); the council organs everywhere but
     * at the record of a policy's adoption ({@link #councilAdopts}).
     */
    private record Bodies(MunicipalForms forms, String text, boolean councilAdopts, boolean holdsBodies) {

        /** "Bystyrets vedtak", "vedtak i Bystyret", "Foreløpige vedtak Bystyret", "Vedtatt av kommunestyret", Nynorsk "vedteke i". */
        private static final Pattern DECISION_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:vedtak|vedtatt|vedteke|vedtatt av|vedteke av|"
                + "vedtatt i|vedteke i|vedtak i|vedtak fra|vedtak frå)\\s+\\z");
        private static final Pattern DECISION_AFTER = Pattern.compile("(?iu)\\A\\s+vedtak(?!\\p{L})");

        boolean isBody(String name, int start, int end) {
            if (holdsBodies && MunicipalForms.isUsersCouncil(name)) {
                return true;
            }
            return forms.isOrgan(name) && !(councilAdopts && MunicipalForms.isCouncil(name) && recordsAdoption(start, end));
        }

        /** The body of a name the structure stage read: a body if it is one at any of its occurrences. */
        boolean isBody(String name) {
            List<Mention> at = occurrences(text, name);
            return at.isEmpty() ? isBody(name, 0, 0) : at.stream().allMatch(m -> isBody(name, m.start(), m.end()));
        }

        private boolean recordsAdoption(int start, int end) {
            return end > start && (DECISION_BEFORE.matcher(text).region(Math.max(0, start - 20), start).find()
                    || DECISION_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt());
        }
    }

    /** Structure knows best: listed participants, committee members and meeting members, the asker of a question. */
    private void fromStructure(DocumentStructure st, String text, Map<String, Builder> orgs,
                               Map<String, Builder> persons, Bodies bodies) {
        Minutes minutes = st.minutes();
        for (Minutes.Participant p : minutes.participants()) {
            if (p.kind() == EntityKind.PERSON) {
                addPerson(p.name(), text, persons);
            } else {
                addOrganisation(p.name(), text, orgs, bodies);
            }
        }
        if (isOrganiserNamed(minutes.organiser(), st)) {
            addOrganisation(minutes.organiser(), text, orgs, bodies);
        }
        Presentation.Committee committee = st.presentation().committee();
        if (committee != null) {
            for (Presentation.CommitteeMember m : committee.members()) {
                addPerson(m.name(), text, persons);
                addParty(m.party(), text, orgs);
            }
        }
        if (st.meeting() != null) {
            // the attendance table read as a whole: its rows give these persons and parties, no other names
            for (MeetingMember m : st.meeting().members()) {
                addPerson(m.name(), text, persons);
                addParty(m.party(), text, orgs);
            }
        }
        Reply.Question question = st.reply().question();
        if (question != null && question.askedBy() != null) {
            addPerson(question.askedBy().name(), text, persons);
            addParty(question.askedBy().party(), text, orgs);
        }
    }

    /**
     * An organiser the structure stage read that names one: no role or generic word ("Rådmannen", "Foreningen"), not
     * the meeting's place ("Møtestad: Vik Hotell", a room is no host) and no clause ("Følgende punkter tas opp").
     */
    private boolean isOrganiserNamed(String organiser, DocumentStructure st) {
        if (organiser == null || organiser.isBlank() || isRoleOrGeneric(organiser)) {
            return false;
        }
        if (st.meeting() != null && organiser.equalsIgnoreCase(st.meeting().place())) {
            return false;
        }
        String[] words = SPACES.split(organiser.strip());
        return !(words.length > 1 && ModelSpanCleaner.opensClause(words[0]));
    }

    private void addParty(String label, String text, Map<String, Builder> orgs) {
        GazetteerEntry party = gazetteer.party(label);
        if (party != null) {
            orgs.computeIfAbsent(normaliser.key(party.canonical()), k -> new Builder(party.canonical()));
        }
    }

    private void addOrganisation(String name, String text, Map<String, Builder> orgs, Bodies bodies) {
        if (name == null || name.isBlank() || bodies.isBody(name) || isFormWordsOnly(name)) {
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
                        Map<String, Builder> persons, Map<String, Builder> places, Bodies bodies) {
        Mention mention = new Mention(c.start(), c.end(), c.text());
        switch (c.type()) {
            case "ORG" -> {
                String canonical = c.canonical() != null ? c.canonical() : normaliser.organisation(c.text());
                if (!isOrganisation(c, canonical, measureNames, bodies)) {
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
                if (canonical.isEmpty() || !Character.isUpperCase(canonical.charAt(0)) || roles.containsInflected(canonical)
                        || c.source() == Candidate.Source.MODEL && !isPlausiblePerson(canonical)) {
                    return;
                }
                add(persons, canonical, mention);
            }
            case "LOC" -> {
                String canonical = normaliser.place(c.text());
                if (!canonical.isEmpty() && Character.isUpperCase(canonical.charAt(0))
                        && (c.source() != Candidate.Source.MODEL || isPlausiblePlace(canonical))) {
                    add(places, canonical, mention);
                }
            }
            default -> { }
        }
    }

    /** Precision rules: generic nouns, roles, places used as places and measures are not organisations. */
    private boolean isOrganisation(Candidate c, String canonical, Set<String> measureNames, Bodies bodies) {
        if (canonical.length() < 2 || !Character.isLetterOrDigit(canonical.charAt(0))) {
            return false;
        }
        GazetteerEntry known = gazetteer.find(canonical);
        if (known != null) {
            // a bare place name the model calls ORG ("Drammen vedtok") is filed as a place
            return "ORG".equals(known.type());
        }
        String[] words = SPACES.split(canonical);
        if (ModelSpanCleaner.hasShoutedWord(canonical) && !isNamedInHeading(c, words)) {
            return false;
        }
        for (String w : words) {
            if (forms.isAttendance(w)) {
                return false; // "Roald Permisjon": an absence note of an attendance table
            }
        }
        if (c.source() == Candidate.Source.MODEL && isShoutedOrdinaryWords(words)) {
            return false; // "I EGET HEFTE", "NYTT BYGG": ordinary words of a heading in capitals
        }
        if (c.source() == Candidate.Source.MODEL && isHeadingRun(words)) {
            return false; // "Grunnskole Barnehage Voksenopplæring Musikk", "Kommuneplanens betydning og formål Utviklingstrekk"
        }
        if (words.length == 1 && c.source() == Candidate.Source.MODEL && MunicipalForms.isPlaceName(canonical)) {
            return false; // "Akkarfjord": a place-name compound the model took for an institution
        }
        if (!Character.isUpperCase(canonical.charAt(0)) && !Character.isDigit(canonical.charAt(0))
                && !(c.source() == Candidate.Source.PATTERN && SentenceRules.isLegalForm(words[words.length - 1]))) {
            return false; // lower case only with a company form: "barnebygg AS"
        }
        if (isRoleOrGeneric(canonical) || measureNames.contains(normaliser.key(canonical))) {
            return false;
        }
        if (bodies.isBody(canonical, c.start(), c.end()) || isFormWordsOnly(canonical)
                || MunicipalForms.isThing(canonical) && !endsInLegalForm(canonical)) {
            return false; // "Kommunestyret", "Regionplan Nordvest" (not "Nordplan AS"), "PS", "AS": an organ, a document, a label, a bare form
        }
        if (isProjectOfNew(words)) {
            return false; // "Ny skule", "Nytt sjukeheim", "Nye barnehage": the building a project makes, no institution yet
        }
        return words.length <= 8;
    }

    /** "Ny", "nytt", "nye" and their opposites, which name a building project by what it builds or replaces. */
    private static final Set<String> NEW_OR_OLD = Set.of("ny", "nytt", "nye", "gamle", "gammel", "gamal", "gamla");

    /**
     * A project written like an institution: "Ny skule", "NYTT SJUKEHEIM", "Nye Lyngmo barnehage" is not one (a name word
     * follows). An institution has a name before its head ("Vik skule"); an adjective of newness with only lower-case
     * words after it is an investment's or a plan's object, as budgets and plans list them.
     */
    private static boolean isProjectOfNew(String[] words) {
        if (words.length < 2 || !NEW_OR_OLD.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        boolean shouted = Arrays.stream(words).allMatch(w -> w.chars().noneMatch(Character::isLowerCase));
        return shouted || ModelSpanCleaner.allLowerCase(words, 1, words.length);
    }

    /**
     * A run of heading words the model read as one name: three or more words of which two are ordinary words
     * capitalised, or a lower-case word other than a joiner followed by a capitalised one (table-of-contents
     * lines, section headings run together by text extraction).
     */
    private boolean isHeadingRun(String[] words) {
        int ordinaryCapitalised = 0;
        boolean lowerSeen = false;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0))) {
                if (lowerSeen) {
                    return true;
                }
                if (commonWords.contains(w)) {
                    ordinaryCapitalised++;
                }
            } else if (!JOINING_WORD.matcher(w).matches()) {
                lowerSeen = true;
            }
        }
        return words.length >= 3 && ordinaryCapitalised >= 2;
    }

    /** Heads of the state's bodies, which a letterhead prints in capitals: "DET KONGELIGE MILJØVERNDEPARTEMENT". */
    private static final Set<String> STATE_HEADS = Set.of("departement", "departementet", "direktorat", "direktoratet",
            "tilsyn", "tilsynet", "ombud", "ombudet");

    /**
     * A heading in capitals names nothing, unless a company form ends the name ("NORDFISK AS - SØKNAD OM …"), a
     * naming pattern found a name of words in it (a place and an organisation head: "TILSKUDD TIL VIK IDRETTSLAG"; a
     * local list where a member list puts a party: "BYGDELISTA (Byl)") or a state body's letterhead. One word in
     * capitals is otherwise a heading's word ("ELDRERÅDET" in a case's route, "REFERAT").
     */
    private static boolean isNamedInHeading(Candidate c, String[] words) {
        if (SentenceRules.isLegalForm(words[words.length - 1]) || c.source() == Candidate.Source.PARTY_LABEL) {
            return true;
        }
        String head = words.length == 1 ? OrganisationHeads.ending(words[0]) : null;
        return c.source() == Candidate.Source.PATTERN && (words.length > 1 || head != null && STATE_HEADS.contains(head));
    }

    /** Every word in capitals and an ordinary word (or a joining word) in lower case. */
    private boolean isShoutedOrdinaryWords(String[] words) {
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (!w.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))
                    || !(commonWords.contains(lower) || JOINING_WORD.matcher(lower).matches())) {
                return false;
            }
        }
        return true;
    }

    /** Only labels, legal forms and attendance words: "PS", "GNR", "AS", "Saknr Utvalg", "Permisjon". */
    private boolean isFormWordsOnly(String name) {
        for (String w : name.split("[\\s/]+")) {
            if (!(forms.isLabel(w) || forms.isAttendance(w) || SentenceRules.isLegalForm(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Person names have a name's shape: two to five capitalised words or initials ("Kari Nordmann",
     * "Odd A. Lund"). Not an initial before an unknown or ordinary word ("B. Kommunedeler"), not ordinary
     * words ("Eks Fjel", "Sterk Dialog"): one word must be a known name part ({@link NlpModels#personWords()})
     * while not all are ordinary words, or else every word must be a long, unordinary one ("Masud Gharahkhani").
     * The name finder's perceptron gives no usable probability, so shape and word lists decide.
     */
    private boolean isPlausiblePerson(String name) {
        String[] words = SPACES.split(name);
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int full = 0;
        int ordinary = 0;
        int known = 0;
        int shortUnknown = 0;
        boolean initial = false;
        for (String w : words) {
            if (INITIAL.matcher(w).matches()) {
                initial = true;
            } else if (NAME_WORD.matcher(w).matches()) {
                full++;
                boolean isKnown = personWords.contains(w);
                if (isKnown) {
                    known++;
                }
                if (commonWords.contains(w) || forms.isLabel(w) || forms.isAttendance(w) || forms.isOrgan(w)
                        || MunicipalForms.isThing(w) || roles.containsInflected(w)) {
                    ordinary++;
                } else if (!isKnown && w.length() < 4) {
                    shortUnknown++;
                }
            } else if (!NAME_PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        if (full == 0 || ordinary == full) {
            return false;
        }
        if (known > 0) {
            return true;
        }
        return !initial && ordinary == 0 && shortUnknown == 0;
    }

    /**
     * A place from the name finder alone is taken when it is no ordinary word ("Eldre", "Sterk", "Dialog",
     * "Arena"), no label, organ or role, and no name of a plan, document or area; places of the register
     * come from the gazetteer.
     */
    private boolean isPlausiblePlace(String name) {
        String[] words = SPACES.split(name);
        for (String w : words) {
            if (forms.isLabel(w) || forms.isOrgan(w) || roles.containsInflected(w)) {
                return false;
            }
        }
        if (gazetteer.find(name) != null) {
            return true;
        }
        return !(words.length == 1 && commonWords.contains(name)) && !MunicipalForms.isThing(name);
    }

    private boolean isRoleOrGeneric(String name) {
        return roles.containsInflected(name) || generic.containsInflected(name);
    }

    private static void add(Map<String, Builder> into, String canonical, Mention m) {
        into.computeIfAbsent(Gazetteer.key(canonical), k -> new Builder(canonical)).mention(m);
    }

    /**
     * Document-level consistency: once a name is known to be an organisation (or a person, with at least
     * {@code minWords} words), its other occurrences in the document are too. One pass over the text's word
     * starts, with the names grouped by their first word, so the cost is linear in the text however many
     * names it holds; the longest name at a position wins and a place already taken stays with its mention.
     */
    private static void propagate(String text, Map<String, Builder> builders, SpanIndex taken, int minWords) {
        Map<String, List<Map.Entry<String, Builder>>> byFirstWord = new HashMap<>();
        for (Builder b : builders.values()) {
            Set<String> surfaces = new HashSet<>(b.aliases);
            surfaces.add(b.name);
            for (Mention m : b.mentions.values()) {
                surfaces.add(m.text());
                taken.add(m.start(), m.end());
            }
            for (String s : surfaces) {
                if (s.length() >= 3 && Character.isUpperCase(s.charAt(0)) && SPACES.split(s).length >= minWords) {
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

    /** "(IMDi)" right after a name: an abbreviation, in letters and their order, that the document defines. */
    private static final Pattern ABBREVIATION_AFTER = Pattern.compile("\\A\\s*\\(\\s*(\\p{Lu}[\\p{L}\\d-]{1,9})\\s*\\)");

    /**
     * Abbreviation and long form in one document: "Integrerings- og mangfoldsdirektoratet (IMDi)" makes
     * "IMDi" a name of the directorate wherever it occurs, and an organisation found under the abbreviation
     * alone is merged into the long form's entity. The abbreviation must start with the long form's first
     * letter and hold at least two capitals; "Long form (X)" where X is not one keeps both apart.
     */
    private void linkAbbreviations(String text, Map<String, Builder> orgs) {
        for (Builder b : List.copyOf(orgs.values())) {
            if (!orgs.containsValue(b)) {
                continue;
            }
            for (Mention m : List.copyOf(b.mentions.values())) {
                java.util.regex.Matcher after = ABBREVIATION_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
                if (!after.lookingAt()) {
                    continue;
                }
                String abbreviation = after.group(1);
                if (!isAbbreviationOf(abbreviation, b.name)) {
                    continue;
                }
                b.alias(abbreviation);
                Builder other = orgs.get(normaliser.key(abbreviation));
                if (other == null) {
                    GazetteerEntry known = gazetteer.find(abbreviation);
                    other = known == null ? null : orgs.get(normaliser.key(known.canonical()));
                }
                if (other != null && other != b) {
                    other.mentions.values().forEach(b::mention);
                    other.aliases.forEach(b::alias);
                    orgs.values().remove(other);
                }
            }
        }
    }

    static boolean isAbbreviationOf(String abbreviation, String name) {
        long capitals = abbreviation.chars().filter(Character::isUpperCase).count();
        return capitals >= 2 && abbreviation.length() < name.length() / 2
                && Character.toLowerCase(abbreviation.charAt(0)) == Character.toLowerCase(name.charAt(0));
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
