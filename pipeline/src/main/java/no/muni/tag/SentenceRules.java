package no.muni.tag;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.muni.tag.features.OrganisationHeads;

/**
 * Conventions of Norwegian municipal text that find names the statistical model misses:
 * <ul>
 *   <li>gazetteer names, capitalised ("Høyre", not "til høyre");</li>
 *   <li>local branches: a place before or after a national organisation ("Drammen Røde Kors",
 *       "Mental Helse, Buskerud");</li>
 *   <li>organisation compounds: a capitalised word ending in an organisation head
 *       ("Pensjonistforbundet", "Eldrerådet"), or a lower-case one right after a place
 *       ("Svelvik pensjonistforening"), extended by a following place ("Fontenehuset Drammen");</li>
 *   <li>party labels: capitalised names followed by "(V)" are a person and that party;</li>
 *   <li>a name coordinated with a kind of organisation is one of that kind: "Ungdomshuset og andre ideelle
 *       organisasjoner", "frivilligsentralene og Kulturverkstedet".</li>
 * </ul>
 */
final class SentenceRules {

    private static final Pattern DEFINITE_ENDING = Pattern.compile(".*(et|en|a)");
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)fra|til|i|på|med|og|hos|for|om|av|ved|mellom|det|den|de|en|et|alle|flere");
    private static final Pattern MUNICIPALITY_WORD = Pattern.compile("(fylkes)?kommune(n|s|ns)?");
    /**
     * The council organs of a municipality (group 1) or a county after the place's name, indefinite as Norwegian
     * writes a noun after a name ("Vikøy kommunestyre", "Vikøy formannskaps"), in lower case or in a heading's
     * capitals; and "herad", the Nynorsk name some municipalities keep for themselves ("Vikøy herad", "Vikøy
     * heradsstyre"). "X Kommunestyret" is a table's cells run together ("RE Kommunestyret": initials, then the organ).
     */
    private static final Pattern COUNCIL_ORGAN = Pattern.compile("(?:(kommunestyre|bystyre|formannskap|heradsstyre|herad)"
            + "|fylkesting|fylkesutvalg)s?|(?:(KOMMUNESTYRE|BYSTYRE|FORMANNSKAP|HERADSSTYRE|HERAD)|FYLKESTING|FYLKESUTVALG)S?");
    /** Heads strong enough to mark an organisation even at the start of a sentence. */
    private static final Set<String> STRONG_HEADS = Set.of("forbundet", "foreningen", "forening", "departementet",
            "direktoratet", "fylkeskommune", "misjonen", "partiet", "stiftelsen", "styret", "skapet", "tinget");
    /** Heads that are also ordinary word endings ("forslag", "bidrag") and need a name before them. */
    private static final Set<String> WEAK_HEADS = Set.of("lag", "råd", "senter", "sentral", "byrå", "utvalg", "misjon",
            "kommune");

    /** Units of a national organisation's local branch, written lower-case after its name. */
    private static final Set<String> BRANCH_UNITS = Set.of("hjelpekorps", "ungdom", "sanitet", "besøkstjeneste",
            "omsorgsarbeid", "lokallag", "lokalforening", "lokalavdeling", "avdeling", "krets", "distrikt", "region",
            "fylkeslag", "fylkesavdeling", "seniorer", "leksehjelp", "flyktningguide");

    /**
     * Institutions named by a name and a bare head word: "Saga skole", "Veldetun barnehage", "Alta idrettslag",
     * the courts after their district ("Nordre Vik tingrett", "Fjellstrand lagmannsrett") and the inter-municipal
     * fire services ("Vikfjord brann og redning", "Nordlia brannvesen"). Heads of several words are written with
     * spaces; "brann-" is the tokeniser's first half of "brann- og redningstjeneste".
     */
    private static final List<String[]> INSTITUTION_HEADS = java.util.stream.Stream.of("skole", "skule", "barnehage",
            "idrettslag", "kommunerevisjon", "krets", "menighet", "museum", "sanitetsforening", "frivilligsentral",
            "pensjonistforening", "idrettskrets", "revisjon", "sekretariat", "tingrett", "lagmannsrett", "jordskifterett",
            "brannvesen", "brann og redning", "brann og redningstjeneste", "brann- og redningstjeneste",
            "brann og redningsvesen", "brann- og redningsvesen", "brann- og redningsetat")
            .map(h -> h.split(" ")).sorted(java.util.Comparator.comparingInt((String[] h) -> h.length).reversed()).toList();

    /** Words of position that open a place's name before an institution head: "Nordre Vik skole", "Indre Fjord tingrett". */
    private static final Set<String> PLACE_PREFIXES = Set.of("Nord", "Sør", "Øst", "Vest", "Midt", "Nordre", "Søndre",
            "Østre", "Vestre", "Midtre", "Øvre", "Nedre", "Indre", "Ytre", "Store", "Lille", "Nye", "Gamle");

    /** Words that may stand between a conjunction and the kind noun: "og de kommunale frivilligsentralene". */
    private static final int MAX_MODIFIERS = 3;

    private final Gazetteer gazetteer;
    private final Lexicon kinds;
    private final Lexicon commonWords;
    private final Lexicon roles;

    /**
     * @param kinds       nouns for kinds of organisation ("frivilligsentral", "forening")
     * @param commonWords ordinary words, which a capital at the start of a list item does not make a name
     * @param roles       roles and table headers of attendance lists ("medlem", "leder")
     */
    SentenceRules(Gazetteer gazetteer, Lexicon kinds, Lexicon commonWords, Lexicon roles) {
        this.gazetteer = gazetteer;
        this.kinds = kinds;
        this.commonWords = commonWords;
        this.roles = roles;
    }

    void apply(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        String[] gaz = gazetteer.match(tokens);
        gazetteerNames(s, text, gaz, out);
        organisationCompounds(s, text, gaz, out);
        legalForms(s, text, out);
        formsFirst(s, text, out);
        representedBy(s, text, out);
        headsWithFor(s, text, out);
        partyLabels(s, text, out);
        partyCells(s, text, out);
        localLists(s, text, out);
        groupHeadingsBeforeAParty(s, text, out);
        registerNamesInLowerCase(s, text, gaz, out);
        coordinatedWithKind(s, text, gaz, out);
    }

    /**
     * The register's state bodies written in lower case, as letters and case lists often do ("brev fra
     * helsedirektoratet", "domstoladministrasjonen"): one long word that is a directorate, agency, ministry or state
     * body, and no ordinary word of the training text ("regjeringen", "politiet" stay ordinary).
     */
    private void registerNamesInLowerCase(TaggedSentence s, String text, String[] gaz, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (gaz[i] != null || t.length() < 10 || !isLowerWord(t) || commonWords.contains(t)) {
                continue;
            }
            GazetteerEntry known = gazetteer.find(t);
            if (known != null && STATE_KINDS.contains(known.kind())) {
                out.add(candidate(s, text, i, i + 1, "ORG", Candidate.Source.GAZETTEER).withCanonical(known.canonical()));
            }
        }
    }

    private static final Set<String> STATE_KINDS = Set.of("agency", "ministry", "state");

    /**
     * A member list grouped under party headings names a list with no member present as an empty group before the
     * next party's heading: "Medlemmer: Felles For Vikøy: Høyre: Kari Berg, …". The group's heading, capitalised
     * words (two or more) between two colons (or a full stop and a colon) right before a party's heading, is a party
     * or a local list; a role or a registered name is not.
     */
    private void groupHeadingsBeforeAParty(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int colon = 2; colon + 2 < tokens.length; colon++) {
            if (!":".equals(tokens[colon]) || !isPartyHeading(s, text, colon + 1)) {
                continue;
            }
            int start = colon;
            while (start > 0 && colon - start < 4 && (isNameWord(tokens[start - 1]) || JOINERS.contains(tokens[start - 1])
                    || isFunctionWord(tokens[start - 1]) && Character.isUpperCase(tokens[start - 1].charAt(0)))) {
                start--;
            }
            boolean opensGroup = start >= 1 && (":".equals(tokens[start - 1]) || ".".equals(tokens[start - 1]));
            if (!opensGroup || colon - start < 2 || !isNameWord(tokens[start]) || !isNameWord(tokens[colon - 1])) {
                continue;
            }
            String heading = spanText(s, text, start, colon);
            boolean role = false;
            for (int k = start; k < colon; k++) {
                role |= roles.containsInflected(tokens[k]);
            }
            if (!role && gazetteer.find(heading) == null) {
                out.add(candidate(s, text, start, colon, "ORG", Candidate.Source.PARTY_LABEL));
            }
        }
    }

    /** A registered party's name of one to three words at {@code from}, then a colon: "Høyre:", "Kristelig Folkeparti:". */
    private boolean isPartyHeading(TaggedSentence s, String text, int from) {
        String[] tokens = s.tokens();
        for (int len = 1; len <= 3 && from + len < tokens.length; len++) {
            if (":".equals(tokens[from + len])) {
                GazetteerEntry e = gazetteer.find(spanText(s, text, from, from + len));
                return e != null && e.isParty();
            }
        }
        return false;
    }

    /** "Bygdelista", "FELLESLISTA": a local list's name, the definite compound of "liste". */
    private static final Pattern LIST_COMPOUND = Pattern.compile("(?iu)\\p{L}{3,}-?lista");
    /** "Tverrpolitisk liste", "Felles liste": a local list named by a word and "liste". */
    private static final Pattern LIST_WORD = Pattern.compile("(?iu)liste|lista");

    /**
     * Local lists (lokale lister), which stand for election beside the parties: "Bygdelista", "Tverrpolitisk liste".
     * A list compound is also an ordinary word ("referatlista", "sakslista"), so it is a list only where member lists
     * put a party: as the heading of its members' names ("Bygdelista: Kari Berg, …"), with its label ("BYGDELISTA (Byl)"),
     * after a member's name ("Kari Berg, Bygdelista") or before a role ("Bygdelista Medlem").
     */
    private void localLists(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int start;
            if (LIST_COMPOUND.matcher(t).matches() && Character.isUpperCase(t.charAt(0)) && !commonWords.contains(t)) {
                start = i;
            } else if (i >= 1 && LIST_WORD.matcher(t).matches() && isNameWord(tokens[i - 1])
                    && !isFunctionWord(tokens[i - 1]) && (Character.isUpperCase(t.charAt(0)) || isLowerWord(t))) {
                start = i - 1;
            } else {
                continue;
            }
            boolean heading = i + 3 < tokens.length && ":".equals(tokens[i + 1]) && isNamePart(tokens[i + 2])
                    && isNamePart(tokens[i + 3]); // followed by a member's name, not by "Sak 1/24" or "Se vedlegg"
            boolean labelled = i + 3 < tokens.length && "(".equals(tokens[i + 1]) && ")".equals(tokens[i + 3]);
            boolean afterName = start >= 2 && ",".equals(tokens[start - 1]) && isNameWord(tokens[start - 2]);
            boolean roleNext = i + 1 < tokens.length && roles.containsInflected(tokens[i + 1]);
            if (heading || labelled || afterName || roleNext) {
                out.add(candidate(s, text, start, i + 1, "ORG", Candidate.Source.PARTY_LABEL));
            }
        }
    }

    /**
     * A word that names a plan, document or decision as an ordinary compound: the head alone ("BUDSJETT") or after a
     * word of the language ("ØKONOMIPLAN", "TILSTANDSRAPPORT"); not a company's coined name that ends alike ("GEOPLAN",
     * "NORDPLAN").
     */
    private boolean isThingCompound(String token) {
        String head = MunicipalForms.thingHead(token);
        if (head == null) {
            return false;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        String first = lower.substring(0, lower.length() - head.length());
        // a short first part is a coined name's ("NORDPLAN", "VESTPLAN"), as compass words and syllables are
        return first.isEmpty() || commonWords.contains(lower) || first.length() >= 5 && (commonWords.contains(first)
                || first.endsWith("s") && commonWords.contains(first.substring(0, first.length() - 1)));
    }

    /** Prepositions, which a heading in capitals writes like a name's words ("SØKNAD FRÅ", "TILSKOT TIL"). */
    private static final Pattern PREPOSITION = Pattern.compile("fra|frå|til|på|med|hos|av|ved|mellom|om|etter|mot|under|over");

    /** A year, which a case title puts between its subject and the company it is about; never a name's word. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** Company and association forms written after a name: "Tordenskiold Junior AS", "Revisjon Midt-Norge IKS". */
    private static final Set<String> LEGAL_FORMS = Set.of("AS", "ASA", "SA", "DA", "ANS", "BA", "IKS", "KF", "FKF", "SF",
            "HF", "RHF", "IL", "IF", "FK", "BK", "SK", "NUF");
    /** "v/barnebygg", "c/o Hansen": a name glued to "ved" or "care of" by a slash. */
    private static final java.util.regex.Pattern VIA = java.util.regex.Pattern.compile("(?i)(v|c/o|att)/\\p{L}[\\p{L}\\d-]{2,}");

    /** Lower-case words that join the words of a name: "Sammen om framtida AS", "Senter for praksisrettet …". */
    private static final Set<String> JOINERS = Set.of("og", "for", "om", "i", "&");
    /** Words that start a clause or a phrase of their own, which a name's "for …" part never runs into. */
    private static final Set<String> CLAUSE_WORDS = Set.of("som", "at", "der", "når", "hvis", "med", "fra", "til", "i", "på",
            "er", "var", "har", "hadde", "skal", "vil", "kan", "ble", "blir", "må", "bør", "får", "fikk", "gir", "ved",
            "etter", "mot", "om", "hos", "under", "over", "mellom", "den", "det", "de", "en", "et", "ei", "sin", "sitt",
            "sine", "seg", "ikke", "også", "samt", "eller", "men", "så", "nå", "kl", "dato", "å", "alle", "andre");
    /** Heads that take a "for …" phrase as part of their name: "Senter for …", "Forum for kontroll og tilsyn". */
    private static final Set<String> FOR_HEADS = Set.of("senter", "senteret", "forum", "forumet", "nettverk", "nettverket",
            "institutt", "instituttet", "stiftelsen", "foreningen", "landsforeningen", "forbundet", "rådet", "kontoret",
            "selskapet", "fondet", "fond", "akademiet", "direktoratet", "departementet", "tilsynet", "ombudet",
            "sekretariatet", "organisasjonen", "kompetansesenter", "kompetansesenteret");

    /**
     * The name before a legal form: capitalised words (with digits and hyphens, "REMA 1000"), lower-case
     * joiners between them, and up to two lower-case words right before the form ("Vest-Finnmark
     * kommunerevisjon IKS", "barnebygg AS"); it stops at punctuation and at any other lower-case word.
     */
    private void legalForms(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 1; i < tokens.length; i++) {
            if (!LEGAL_FORMS.contains(tokens[i])) {
                continue;
            }
            int start = i;
            int k = i - 1;
            int tail = 0;
            while (k >= 0 && tail < 2 && isLowerWord(tokens[k]) && !JOINERS.contains(tokens[k])
                    && !CLAUSE_WORDS.contains(tokens[k])) {
                k--;
                tail++;
            }
            if (tail == 2 && (k < 0 || !isNameWord(tokens[k]))) {
                k++; // two lower-case words with no name before them: only the one next to the form is the name
            }
            start = k + 1;
            while (k >= 0 && i - k <= 7) {
                if (isShouted(tokens[k]) && isThingCompound(tokens[k]) || YEAR.matcher(tokens[k]).matches()) {
                    break; // a case title before the name: "BUDSJETT OG ØKONOMIPLAN VIK EIENDOM KF", "Årsmelding 2024 Vik Bygg KF"
                } else if (isNameWord(tokens[k]) && (roles.containsInflected(tokens[k])
                        || PREPOSITION.matcher(tokens[k].toLowerCase(java.util.Locale.ROOT)).matches())) {
                    break; // a role's cell or a heading's preposition before the name: "Rådgjevar Vik Energi AS",
                           // "Prosjektleiar Nordvik Bygg AS", "PLANFORSLAG FRÅ VIK BYGG AS"
                } else if (isNameWord(tokens[k])) {
                    start = k;
                    k--;
                } else if (JOINERS.contains(tokens[k]) && k > 0 && isNameWord(tokens[k - 1])
                        && !MunicipalForms.isThing(tokens[k - 1])) { // not "Eierskapsmelding for Renovasjon Vest IKS"
                    k--;
                } else {
                    break;
                }
            }
            // an ordinary definite noun capitalised at the start of a sentence is no part of the name: "Selskapet Trygg AS";
            // inside a sentence a capitalised word is the name's own ("frå Posten Norge AS")
            if (start < i - 1 && isNameWord(tokens[start]) && !isShouted(tokens[start]) && commonWords.contains(tokens[start])
                    && isNameWord(tokens[start + 1]) && opensSentence(tokens, start)
                    && DEFINITE_ENDING.matcher(tokens[start]).matches()) {
                start++;
            }
            // the board or management of a company: "Styret i Nordvik Energi AS", "Leiinga i Vik Bygg AS"
            if (start + 2 < i && isNameWord(tokens[start]) && ("i".equals(tokens[start + 1]) || "for".equals(tokens[start + 1]))
                    && (roles.containsInflected(tokens[start]) || DEFINITE_ENDING.matcher(tokens[start]).matches()
                        && commonWords.contains(tokens[start]) && OrganisationHeads.ending(tokens[start]) != null)) {
                start += 2;
            }
            // a form that opens the name: "Kari Berg, SF Rekneskap IKS" (a form closes a name only after the name's words)
            if (start >= 1 && start == i - countNameWords(tokens, start, i) && LEGAL_FORMS.contains(tokens[start - 1])
                    && (start == 1 || !isNameWord(tokens[start - 2]) && !LEGAL_FORMS.contains(tokens[start - 2]))) {
                start--;
            }
            while (start < i - 1 && JOINERS.contains(tokens[start])) {
                start++;
            }
            if (start < i && !isFunctionWord(tokens[start])) {
                Candidate c = candidate(s, text, start, i + 1, "ORG", Candidate.Source.PATTERN);
                int wrapped = start == 0 && commonWords.contains(tokens[0]) ? wordBeforeLineBreak(text, c.start()) : -1;
                if (wrapped >= 0) {
                    // "Fjellkraft\nEnergi AS": a line of a column or a cell wrapped inside the name
                    c = new Candidate(wrapped, c.end(), text.substring(wrapped, c.end()), "ORG", Candidate.Source.PATTERN);
                }
                out.add(c);
            } else if (VIA.matcher(tokens[i - 1]).matches()) {
                // "v/barnebygg AS", "c/o Hansen AS": the name after the slash
                int from = s.tokenSpans()[i - 1].getStart() + tokens[i - 1].indexOf('/') + 1;
                int to = s.tokenSpans()[i].getEnd();
                out.add(new Candidate(from, to, text.substring(from, to), "ORG", Candidate.Source.PATTERN));
            }
        }
    }

    /**
     * A dash glued to the word before it, as a case list writes between a title's name and its subject ("VIK SKOLE-
     * INNKJØP AV UTSTYR"): not the first half of a compound ("Natur- og miljøvern").
     */
    private static boolean isGluedDash(String[] tokens, int i) {
        return tokens[i].length() > 2 && tokens[i].endsWith("-") && !ModelSpanCleaner.isElidedPart(tokens, i);
    }

    /** "v/Kari": "ved", glued by a slash to the first name of the person who represents an organisation. */
    private static final Pattern VIA_PERSON = Pattern.compile("[vV]/\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");

    /**
     * Lists of participants and addressees name an organisation by the person who represents it: "Vik Bondelag v/Kari
     * Berg", "Nordfjell Skisenter v/Ola Dahl". The capitalised words before "v/" (back to a comma or the line's start)
     * are the organisation, the name after it a person; a role or an ordinary word alone before it is no organisation
     * ("Rådmannen v/Kari Berg").
     */
    private void representedBy(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        int floor = 0; // the end of the person before: "v/Ola Dahl og Vik Skilag v/…"
        for (int i = 1; i < tokens.length; i++) {
            if (!VIA_PERSON.matcher(tokens[i]).matches()) {
                continue;
            }
            int start = i;
            while (start > floor && i - start < 5 && (isNameWord(tokens[start - 1]) || start - 1 > floor
                    && JOINERS.contains(tokens[start - 1]) && isNameWord(tokens[start - 2]))) {
                start--;
            }
            boolean ordinary = i - start == 1 && commonWords.contains(tokens[start]);
            if (start < i && !roles.containsInflected(tokens[i - 1]) && !ordinary && !isFunctionWord(tokens[start])) {
                out.add(candidate(s, text, start, i, "ORG", Candidate.Source.PATTERN));
            }
            int end = i + 1;
            while (end < tokens.length && end - i <= 2 && isNamePart(tokens[end]) && !roles.containsInflected(tokens[end])) {
                end++;
            }
            floor = end;
            if (end > i + 1) {
                int from = s.tokenSpans()[i].getStart() + 2;
                int to = s.tokenSpans()[end - 1].getEnd();
                out.add(new Candidate(from, to, text.substring(from, to), "PER", Candidate.Source.PATTERN));
            }
        }
    }

    private static final Pattern LAST_WORD_OF_LINE = Pattern.compile("(\\p{Lu}\\p{Ll}+)[ \\t]*\\n[ \\t]*\\z");

    /**
     * The start of the name word that ends the line before {@code at}, where a name's generic rest opens the next line
     * ("levert av Fjellkraft" before "Energi AS"): a capitalised word that is no ordinary word, role, plan-word,
     * function word or registered organisation (a place may be: "Vikfjord\nEnergi AS"); -1 if there is none.
     */
    private int wordBeforeLineBreak(String text, int at) {
        java.util.regex.Matcher m = LAST_WORD_OF_LINE.matcher(text).region(Math.max(0, at - 40), at);
        if (!m.find()) {
            return -1;
        }
        String word = m.group(1);
        GazetteerEntry known = gazetteer.find(word);
        return !commonWords.contains(word) && !roles.containsInflected(word) && !isFunctionWord(word)
                && MunicipalForms.thingHead(word) == null && (known == null || "LOC".equals(known.type())) ? m.start(1) : -1;
    }

    /** The number of name words from {@code from} up to {@code to} (exclusive) before the first other token. */
    private static int countNameWords(String[] tokens, int from, int to) {
        int n = 0;
        while (from + n < to && isNameWord(tokens[from + n])) {
            n++;
        }
        return n;
    }

    /** The first word of a sentence, a line, a list item or a field's value ("Selskapet …", "1. Selskapet …", "Søkjar: Selskapet …"). */
    private static boolean opensSentence(String[] tokens, int index) {
        return index == 0 || !Character.isLetterOrDigit(tokens[index - 1].charAt(0)) && !"&".equals(tokens[index - 1])
                || index == 1 && tokens[0].chars().allMatch(Character::isDigit);
    }

    /**
     * A name whose company form stands first, as some municipalities write their municipal enterprises and clubs their
     * form ("KF Vik Kino", "IL Nordlyn"): a form that closes no name (nothing of a name before it), then name words up
     * to an ordinary word that opens a title or a phrase ("KF Vik Kino Budsjett og økonomiplan").
     */
    private void formsFirst(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i + 1 < tokens.length; i++) {
            if (!LEGAL_FORMS.contains(tokens[i]) || i > 0 && (isNameWord(tokens[i - 1]) || LEGAL_FORMS.contains(tokens[i - 1]))
                    || !isNameWord(tokens[i + 1]) || commonWords.contains(tokens[i + 1]) || isShouted(tokens[i + 1])) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.length && end - i <= 4 && isNameWord(tokens[end]) && !MunicipalForms.isThing(tokens[end])
                    && !roles.containsInflected(tokens[end]) && !(end + 1 < tokens.length && ":".equals(tokens[end + 1]))
                    && !(commonWords.contains(tokens[end]) && end + 1 < tokens.length && isLowerWord(tokens[end + 1])
                        && !CLAUSE_WORDS.contains(tokens[end + 1]))) {
                end++;
            }
            if (end == i + 1 || end < tokens.length && LEGAL_FORMS.contains(tokens[end])) {
                continue; // no name after it ("TB Saksansvarleg:": initials, then a field's label), or "SF Rekneskap IKS",
                          // whose closing form finds the name
            }
            out.add(candidate(s, text, i, end, "ORG", Candidate.Source.PATTERN));
        }
    }

    /** A word of two letters or more in capitals: a heading's word, whose capitals say nothing of names. */
    private static boolean isShouted(String token) {
        return token.length() > 2 && token.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** A company or association form alone: "AS", "IKS", "IF". */
    static boolean isLegalForm(String token) {
        return LEGAL_FORMS.contains(token);
    }

    /** "Forum for kontroll og tilsyn", "Senter for praksisrettet idrettsvitenskap, nettverk og nyskaping". */
    private void headsWithFor(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i + 2 < tokens.length; i++) {
            String t = tokens[i];
            if (Character.isUpperCase(t.charAt(0)) && FOR_HEADS.contains(t.toLowerCase(java.util.Locale.ROOT))
                    && "for".equals(tokens[i + 1])) {
                int end = wholeName(tokens, i, i + 1);
                if (end > i + 2) {
                    out.add(candidate(s, text, i, end, "ORG", Candidate.Source.PATTERN));
                }
            }
        }
    }

    /**
     * Extends an organisation's span over the rest of its name: a "for …" phrase of lower-case words with
     * "og", hyphenated first halves and commas inside a list that "og" closes ("Landsforeningen for hjerte- og
     * lungesyke", "Senter for praksisrettet idrettsvitenskap, nettverk og nyskaping"), and "i" + a capitalised
     * place ("Fylkesmannen i Rogaland"). Returns the new end (exclusive); {@code end} when nothing follows.
     */
    static int wholeName(String[] tokens, int start, int end) {
        if (end + 1 < tokens.length && "i".equals(tokens[end]) && isNameWord(tokens[end + 1])
                && isHeadLike(tokens[end - 1])) {
            int e = end + 1;
            while (e < tokens.length && (isNameWord(tokens[e]) || "og".equals(tokens[e]) && e + 1 < tokens.length
                    && isNameWord(tokens[e + 1]))) {
                e++;
            }
            return e;
        }
        if (end + 1 >= tokens.length || !"for".equals(tokens[end]) || !isHeadLike(tokens[end - 1])
                || tokens[end - 1].toLowerCase(java.util.Locale.ROOT).endsWith("kommune")) {
            return end;
        }
        int safe = end;
        boolean openList = false;
        for (int k = end + 1; k < tokens.length && k <= end + 9; k++) {
            String t = tokens[k];
            if (",".equals(t)) {
                openList = true;
            } else if ("og".equals(t)) {
                continue;
            } else if (isLowerWord(t) && !CLAUSE_WORDS.contains(t) || t.endsWith("-") && t.length() > 2) {
                if (!t.endsWith("-") && (!openList || "og".equals(tokens[k - 1]))) {
                    safe = k + 1;
                    openList = false;
                }
            } else {
                break;
            }
        }
        return safe;
    }

    /** A word that can head a name with a "for …" or "i …" part: an organisation head or a capitalised word. */
    private static boolean isHeadLike(String token) {
        return FOR_HEADS.contains(token.toLowerCase(java.util.Locale.ROOT)) || OrganisationHeads.ending(token) != null;
    }

    private static boolean isLowerWord(String token) {
        return !token.isEmpty() && Character.isLowerCase(token.charAt(0)) && token.chars().allMatch(Character::isLetter);
    }

    /** A word of a name: capitalised or a number ("REMA 1000"), letters, digits, hyphens, apostrophes, "&". */
    private static boolean isNameWord(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)))
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '&')
                && !LEGAL_FORMS.contains(token);
    }

    /**
     * A party label in a cell of an attendance table: next to a role ("AP Medlem", "Medlem … KYST") or after a
     * name and a comma ("Kari Nordmann, AP"); in lower case ("frp", "sv") only between a name and a role, as
     * member tables of some portals print it. Labels of two letters or more; one-letter ones are list markers.
     */
    private void partyCells(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean lowerCase = t.equals(t.toLowerCase(java.util.Locale.ROOT));
            String label = lowerCase ? t.toUpperCase(java.util.Locale.ROOT) : t;
            GazetteerEntry party = t.length() >= 2 ? gazetteer.party(label) : null;
            if (party == null || !party.labels().contains(label)) {
                continue;
            }
            boolean roleNext = i + 1 < tokens.length && roles.containsInflected(tokens[i + 1]);
            boolean afterName = i >= 2 && ",".equals(tokens[i - 1]) && isNameWord(tokens[i - 2]);
            // a table printed in lower case ("Kari Berg frp medlem") has the label between the name and the role
            boolean betweenNameAndRole = roleNext && i >= 1 && isNameWord(tokens[i - 1]);
            if (lowerCase ? betweenNameAndRole : roleNext || afterName) {
                out.add(candidate(s, text, i, i + 1, "ORG", Candidate.Source.PARTY_LABEL).withCanonical(party.canonical()));
            }
        }
    }

    private void coordinatedWithKind(TaggedSentence s, String text, String[] gaz, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            if (gaz[i] == null && isUnknownName(tokens[i]) && !isPerson(s, i)
                    && (kindFollows(tokens, i + 1) || kindPrecedes(tokens, i - 1))) {
                out.add(candidate(s, text, i, i + 1, "ORG", Candidate.Source.PATTERN));
            }
        }
    }

    /** "Kari og de andre frivillige": the model's person stays a person. */
    private static boolean isPerson(TaggedSentence s, int token) {
        for (opennlp.tools.util.Span name : s.names()) {
            if ("PER".equals(name.getType()) && name.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word that is no ordinary word: "Kulturverkstedet", not "Skolene", "Foreldre" or the
     * first half of a coordinated compound ("Politiske- og interesseorganisasjoner").
     */
    private boolean isUnknownName(String token) {
        return token.length() > 2 && Character.isUpperCase(token.charAt(0)) && !token.endsWith("-")
                && token.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !commonWords.contains(token) && !kinds.containsInflected(token);
    }

    /** "X og [de kommunale] frivilligsentralene": a conjunction, lower-case modifiers, a kind noun. */
    private boolean kindFollows(String[] tokens, int conjunction) {
        if (conjunction >= tokens.length || !isConjunction(tokens[conjunction])) {
            return false;
        }
        for (int k = conjunction + 1; k < tokens.length && k <= conjunction + 1 + MAX_MODIFIERS; k++) {
            if (!Character.isLowerCase(tokens[k].charAt(0))) {
                return false;
            }
            if (kinds.containsInflected(tokens[k])) {
                return true;
            }
        }
        return false;
    }

    /** "frivilligsentralene og X": a kind noun right before the conjunction. */
    private boolean kindPrecedes(String[] tokens, int conjunction) {
        return conjunction >= 1 && isConjunction(tokens[conjunction]) && Character.isLowerCase(tokens[conjunction - 1].charAt(0))
                && kinds.containsInflected(tokens[conjunction - 1]);
    }

    private static boolean isConjunction(String token) {
        return token.equals("og") || token.equals("eller") || token.equals("samt");
    }

    private void gazetteerNames(TaggedSentence s, String text, String[] gaz, List<Candidate> out) {
        int n = gaz.length;
        int i = 0;
        while (i < n) {
            if (gaz[i] == null || !gaz[i].startsWith("B-")) {
                i++;
                continue;
            }
            String type = gaz[i].substring(2);
            int end = spanEnd(gaz, i);
            int start = i;
            if (type.equals("LOC") && end < n && isInstitutionWord(s.tokens()[end])) {
                // "Asker kommunen", "Vestland fylkeskommunes": the institution in another inflection
                out.add(candidate(s, text, start, end + 1, "ORG", Candidate.Source.GAZETTEER));
                i = end + 1;
                continue;
            }
            GazetteerEntry council = type.equals("LOC") && end < n ? councilOf(s, text, start, end) : null;
            if (council != null) {
                // "Vikøy kommunestyre vedtok", "melding om vedtak i Vikøy formannskap": the municipality acting
                out.add(candidate(s, text, start, end + 1, "ORG", Candidate.Source.GAZETTEER).withCanonical(council.canonical()));
                i = end + 1;
                continue;
            }
            if (type.equals("ORG") && !isInstitution(s.tokens(), start, end) && !isParty(s, text, start, end)) {
                // a place before a national organisation names its local branch; before a party it is a member
                // table's cell ("Vik KrF Medlem": the municipality a member represents), and a party's local
                // branch is the party for a reader of the minutes
                if (start > 0 && "LOC".equals(typeAt(gaz, start - 1))) {
                    start = spanStart(gaz, start - 1);
                }
                int office = localOffice(s, text, gaz, start, end);
                if (office > end) {
                    // "Nav Vikøy", "NAV Nordbyen": a state agency's local office, named by its municipality or district
                    String agency = gazetteer.find(spanText(s, text, start, end)).canonical();
                    out.add(candidate(s, text, start, office, "ORG", Candidate.Source.GAZETTEER)
                            .withCanonical(agency + " " + spanText(s, text, end, office)));
                    i = office;
                    continue;
                }
                int after = end < n && ",".equals(s.tokens()[end]) ? end + 1 : end;
                if (after < n && "B-LOC".equals(gaz[after])) {
                    end = spanEnd(gaz, after);
                }
                // a unit of the local branch: "Skedsmo Røde Kors hjelpekorps", "Drammen Røde Kors besøkstjeneste"
                if (end < n && BRANCH_UNITS.contains(s.tokens()[end])) {
                    end++;
                }
            }
            out.add(candidate(s, text, start, end, type, Candidate.Source.GAZETTEER));
            i = Math.max(end, i + 1);
        }
    }

    /** An adjective's ending ("Psykiatriske tjenester", "Kommunale"): a noun phrase's first word, not a place. */
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("\\p{L}+(sk|ske|ig|ige|lig|lige|ale|elle)");

    /**
     * Agencies with an office in every municipality, named by it: the NAV office that the NAV Act (§ 13) makes the
     * state's and the municipality's joint office ("Nav Vikøy", "NAV Nordbyen").
     */
    private static final Set<String> LOCAL_OFFICES = Set.of("NAV");

    /**
     * The end of an agency's local office after the agency's one-word name ({@link #LOCAL_OFFICES}): the office is named
     * by the municipality or district it serves, one or two capitalised words that are no ordinary word, adjective,
     * role or other registered name ("Nav Vikøy", "NAV Indre Fjord"; not "NAV Psykiatriske tenester").
     * {@code end} when none follows.
     */
    private int localOffice(TaggedSentence s, String text, String[] gaz, int start, int end) {
        String[] tokens = s.tokens();
        if (end - start != 1 || end >= tokens.length) {
            return end;
        }
        GazetteerEntry agency = gazetteer.find(tokens[start]);
        if (agency == null || !LOCAL_OFFICES.contains(agency.canonical())) {
            return end;
        }
        int e = end;
        while (e < tokens.length && e - end < 2 && isNameWord(tokens[e]) && !isShouted(tokens[e])
                && (gaz[e] == null || gaz[e].endsWith("LOC")) && !commonWords.contains(tokens[e])
                && !ADJECTIVE_ENDING.matcher(tokens[e]).matches() && !roles.containsInflected(tokens[e])
                && !isFunctionWord(tokens[e]) && OrganisationHeads.ending(tokens[e]) == null) {
            e++;
        }
        return e;
    }

    /**
     * The municipality or county whose council organ follows a known place: "Vikøy kommunestyre", "Vikøy
     * formannskaps", "Fjellfylke fylkesting", "Vikøy herad". Named by its place, the council is the municipality
     * (county) acting as one, as the Local Government Act has it; another municipality's council in a letter or a list of decisions is
     * that municipality, not a body of the document's own meetings. Null when the place is no municipality or county.
     */
    private GazetteerEntry councilOf(TaggedSentence s, String text, int start, int end) {
        java.util.regex.Matcher organ = COUNCIL_ORGAN.matcher(s.tokens()[end]);
        if (!organ.matches()) {
            return null;
        }
        GazetteerEntry loc = gazetteer.find(spanText(s, text, start, end));
        if (loc == null) {
            return null;
        }
        String institution = organ.group(1) != null || organ.group(2) != null ? " kommune" : " fylkeskommune";
        GazetteerEntry body = gazetteer.find(loc.canonical() + institution);
        return body != null && "ORG".equals(body.type()) ? body : null;
    }

    private boolean isParty(TaggedSentence s, String text, int start, int end) {
        GazetteerEntry e = gazetteer.find(spanText(s, text, start, end));
        return e != null && e.isParty();
    }

    private static boolean isFunctionWord(String token) {
        return FUNCTION_WORD.matcher(token).matches();
    }

    private static boolean isInstitutionWord(String token) {
        return MUNICIPALITY_WORD.matcher(token).matches();
    }

    private static boolean isInstitution(String[] tokens, int start, int end) {
        String last = tokens[end - 1].toLowerCase(java.util.Locale.ROOT);
        return last.startsWith("kommune") || last.startsWith("fylkeskommune");
    }

    /** The number of tokens of an institution head at {@code i} (see {@link #INSTITUTION_HEADS}), 0 if none. */
    private static int institutionHead(String[] tokens, int i) {
        for (String[] head : INSTITUTION_HEADS) {
            if (i + head.length > tokens.length) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < head.length && match; j++) {
                match = tokens[i + j].equalsIgnoreCase(head[j])
                        || j == head.length - 1 && isGluedDash(tokens, i + j) && tokens[i + j].regionMatches(true, 0, head[j], 0, head[j].length())
                            && tokens[i + j].length() == head[j].length() + 1;
            }
            if (match) {
                return head.length;
            }
        }
        return 0;
    }

    /**
     * An institution's name before its head: a known place ("Nordre Land kommunerevisjon"), or a capitalised word
     * that is no ordinary word, with the words of position before it ("Nordre Vik skole"). The head is written in
     * lower case, or capitalised like the name in a letterhead or distribution list ("Fjellstrand Kommunerevisjon");
     * a capitalised ordinary word before it is a heading ("Oppvekst Skole"), never a name.
     */
    private void institution(TaggedSentence s, String text, String[] gaz, int i, int headLength, List<Candidate> out) {
        String[] tokens = s.tokens();
        if (i == 0 || !isNameWord(tokens[i - 1])) {
            return;
        }
        boolean placeBefore = gaz[i - 1] != null && gaz[i - 1].endsWith("LOC");
        if (!placeBefore && (commonWords.contains(tokens[i - 1]) || isFunctionWord(tokens[i - 1])
                || roles.containsInflected(tokens[i - 1]))) {
            return;
        }
        if (Character.isUpperCase(tokens[i].charAt(0)) && OrganisationHeads.ending(tokens[i - 1]) != null) {
            return; // "Grunnskole Barnehage": a heading's list of services, not a name and its head
        }
        int start = placeBefore ? spanStart(gaz, i - 1) : i - 1;
        while (start > 0 && PLACE_PREFIXES.contains(tokens[start - 1])) {
            start--;
        }
        Candidate c = candidate(s, text, start, i + headLength, "ORG", Candidate.Source.PATTERN);
        if (isGluedDash(tokens, i + headLength - 1)) { // "VIK SKOLE- INNKJØP AV …": the title's dash, not the name's
            c = new Candidate(c.start(), c.end() - 1, c.text().substring(0, c.text().length() - 1), "ORG", Candidate.Source.PATTERN);
        }
        out.add(c);
    }

    private void organisationCompounds(TaggedSentence s, String text, String[] gaz, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            int head = institutionHead(tokens, i);
            if (head > 0 && gaz[i] == null) {
                institution(s, text, gaz, i, head, out);
                i += head - 1;
                continue;
            }
            String ending = OrganisationHeads.ending(tokens[i]);
            if (ending == null || gaz[i] != null) {
                continue;
            }
            if (ending.startsWith("=")) {
                continue; // a bare head ("Kommune", "lag") names nothing alone; institutions are found above
            }
            boolean capital = Character.isUpperCase(tokens[i].charAt(0));
            if (i > 0 && Character.isUpperCase(tokens[i - 1].charAt(0)) && commonWords.contains(tokens[i - 1])
                    && !(gaz[i - 1] != null && gaz[i - 1].endsWith("LOC"))) {
                continue; // "Oppvekst Grunnskole": a heading of ordinary words, not a name and its head
            }
            // "Svelvik pensjonistforening": a known place, or a capitalised word inside the sentence (after a word
            // or a comma of a list: "Pensjonistforbundet, Heimdalen pensjonistforening og …")
            boolean placeBefore = i > 0 && Character.isUpperCase(tokens[i - 1].charAt(0))
                    && (gaz[i - 1] != null && gaz[i - 1].endsWith("LOC")
                        || i - 2 >= 0 && (Character.isLetter(tokens[i - 2].charAt(0)) || tokens[i - 2].equals(","))
                            && !isFunctionWord(tokens[i - 1]));
            int start = i;
            if (placeBefore) {
                start = gaz[i - 1] != null && gaz[i - 1].endsWith("LOC") ? spanStart(gaz, i - 1) : i - 1;
            } else if (!capital || (WEAK_HEADS.contains(ending) || (i == 0 && !STRONG_HEADS.contains(ending)))) {
                continue;
            }
            int end = i + 1;
            if (end < tokens.length && "B-LOC".equals(gaz[end])) {
                end = spanEnd(gaz, end);
            }
            out.add(candidate(s, text, start, end, "ORG", Candidate.Source.PATTERN));
        }
    }

    private void partyLabels(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (!"(".equals(tokens[i - 1]) || !")".equals(tokens[i + 1])) {
                continue;
            }
            GazetteerEntry party = gazetteer.party(tokens[i]);
            if (party == null) {
                continue;
            }
            int end = i - 1;
            int start = end;
            while (start > 0 && end - start < 5 && isNamePart(tokens[start - 1])) {
                start--;
            }
            if (end - start >= 2 || (end - start == 1 && tokens[start].contains("-"))) {
                out.add(candidate(s, text, start, end, "PER", Candidate.Source.PARTY_LABEL));
            }
            out.add(candidate(s, text, i, i + 1, "ORG", Candidate.Source.PARTY_LABEL).withCanonical(party.canonical()));
        }
    }

    /** A capitalised word or an initial ("A.") — the parts of a personal name. */
    private static boolean isNamePart(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0))
                && token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.');
    }

    private static String typeAt(String[] gaz, int i) {
        return gaz[i] == null ? null : gaz[i].substring(2);
    }

    private static int spanEnd(String[] gaz, int begin) {
        int e = begin + 1;
        while (e < gaz.length && gaz[e] != null && gaz[e].startsWith("I-")) {
            e++;
        }
        return e;
    }

    private static int spanStart(String[] gaz, int inside) {
        int b = inside;
        while (b > 0 && gaz[b] != null && gaz[b].startsWith("I-")) {
            b--;
        }
        return b;
    }

    static Candidate candidate(TaggedSentence s, String text, int fromToken, int toToken, String type,
                               Candidate.Source source) {
        return new Candidate(s.tokenSpans()[fromToken].getStart(), s.tokenSpans()[toToken - 1].getEnd(),
                spanText(s, text, fromToken, toToken), type, source);
    }

    /** The text of tokens {@code fromToken} (inclusive) to {@code toToken} (exclusive), as the document writes it. */
    private static String spanText(TaggedSentence s, String text, int fromToken, int toToken) {
        return text.substring(s.tokenSpans()[fromToken].getStart(), s.tokenSpans()[toToken - 1].getEnd());
    }
}
