package no.muni.tag;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import no.muni.tag.features.OrganisationHeads;
import opennlp.tools.util.Span;

/**
 * Repairs what the NorNE-trained model does with municipal layout, which news text never has:
 * table cells glued into one "sentence" ("AP Ola Nordmann Medlem"), shouted headings in capitals
 * ("REFERAT", "UTKAST TIL FRIVILLIGHETSMELDING"), slashed pairs ("SFO/IFO"), leading prepositions
 * of list items ("Fra fellesnemnda") and ordinary words capitalised for their position ("Styrket").
 */
final class ModelSpanCleaner {

    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("fra", "til", "i", "på", "med", "og", "hos",
            "for", "om", "av", "ved", "mellom", "det", "den", "de", "en", "et");

    /**
     * Words that open a clause and never end a name: pronouns, determiners, quantifiers, question words and
     * sentence adverbs. Capitalised at the end of a model's name, they are the next sentence's first word where
     * text extraction lost the full stop (a slide's or a table cell's lines run together: "… i Kulturrådet Få
     * kommuner har …").
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("jeg", "vi", "du", "dere", "han", "hun", "de", "det",
            "den", "dette", "denne", "disse", "man", "noen", "ingen", "alle", "mange", "flere", "få", "hver", "her",
            "der", "nå", "da", "så", "men", "eller", "som", "hvor", "hva", "hvem", "hvordan", "hvorfor", "når", "hvis",
            "også", "bare", "kun", "ikke", "dersom", "etter", "før", "følgende",
            // Nynorsk
            "dei", "desse", "kva", "kven", "korleis", "kvifor", "berre", "ikkje", "følgjande");

    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile("[\\d.,:]+");
    private static final java.util.regex.Pattern TWO_NAMES = java.util.regex.Pattern.compile("[^\\s/]+/[^\\s/]+");
    private static final java.util.regex.Pattern LINE_MARKER = java.util.regex.Pattern.compile("\\d+[.)]?|[a-zA-Z][.)]");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");
    /** A list item's marker: "1)", "12.", "a)", "C." */
    private static final java.util.regex.Pattern LIST_MARKER = java.util.regex.Pattern.compile("\\d{1,2}[.)]?|\\p{L}[.)]");
    /** A bullet or dash that opens a list item: "•", "▪", "-", "–", and the private-use glyph of a symbol font. */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[•▪◦●■\\-–*\uF0B7]");
    private static final java.util.regex.Pattern LIST_MARKER_BODY = java.util.regex.Pattern.compile("\\d{1,2}|\\p{L}");

    private final Gazetteer gazetteer;
    private final Lexicon roles;
    private final Lexicon commonWords;
    private final Lexicon personWords;
    private final MunicipalForms forms;

    ModelSpanCleaner(Gazetteer gazetteer, Lexicon roles, Lexicon commonWords, Lexicon personWords, MunicipalForms forms) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.commonWords = commonWords;
        this.personWords = personWords;
        this.forms = forms;
    }

    void clean(TaggedSentence s, String text, Span name, List<Candidate> out) {
        String[] tokens = s.tokens();
        int start = name.getStart();
        int end = name.getEnd();
        String type = name.getType();
        // a party label cell before a name cell: "AP Ola Nordmann", "H Kari" (a first name the table's next cell
        // goes on); one letter may as well be an initial ("A E Hansen"), so the person stays and the party does not
        if ((end - start >= 3 || end - start == 2 && personWords.contains(tokens[start + 1]))
                && gazetteer.party(tokens[start]) != null && isCapitalised(tokens[start + 1])) {
            if (tokens[start].length() >= 2) {
                out.add(SentenceRules.candidate(s, text, start, start + 1, "ORG", Candidate.Source.MODEL)
                        .withCanonical(gazetteer.party(tokens[start]).canonical()));
            }
            start++;
            type = "PER";
        }
        if ("ORG".equals(type) && placeThenParty(s, text, start, end, out)) {
            return;
        }
        if ("ORG".equals(type) && isNameBeforeRole(tokens, start, end)) {
            type = "PER"; // "Kari Lund kontrollutvalsleiar": a member list's name and role, not an organisation
        }
        // a form's label or a role run into the name: "Møteprotokoll Kommunestyret", "Rådmannen Kontrollutvalget"
        while (start < end && (LEADING_FUNCTION_WORDS.contains(tokens[start].toLowerCase(Locale.ROOT))
                || forms.isLabel(tokens[start]) || roles.containsInflected(tokens[start]))) {
            start++;
        }
        while (end > start && (roles.containsInflected(tokens[end - 1]) || FIGURES.matcher(tokens[end - 1]).matches()
                || (forms.isLabel(tokens[end - 1]) || opensClause(tokens[end - 1])) && end - start > 1)) {
            end--; // "… Medlem", "… 12", "… PS" (the next case's label), "… Få" (the next sentence's first word)
        }
        if ("ORG".equals(type) && end - start > 1 && opensClause(tokens[start]) && allLowerCase(tokens, start + 1, end)) {
            return; // "Følgende punkter tas opp": a clause, whose first word the line capitalises
        }
        if ("ORG".equals(type) && end > start && isElidedPart(tokens, end - 1)) {
            // "AMU Bustad-", "Skule Barnehage Kultur-": a run of headings into the next one's coordinated compound
            // ("Bustad- og eigedom"); a name never ends in half a word, and half a word names nothing ("Helse- og")
            return;
        }
        if ("ORG".equals(type)) {
            while (start < end - 1 && LIST_MARKER.matcher(tokens[start]).matches()) {
                start++; // a list marker before a heading: "C. Tjenesteproduksjon"
            }
        }
        if ("PER".equals(type)) {
            // a person ends where the table's next cell begins: a role, a party, a slashed abbreviation, an
            // absence note ("Roald Permisjon fra kl 14")
            for (int i = start + 1; i < end; i++) {
                if (roles.containsInflected(tokens[i]) || gazetteer.party(tokens[i]) != null || tokens[i].contains("/")
                        || forms.isAttendance(tokens[i])) {
                    end = i;
                    break;
                }
            }
        } else if ("ORG".equals(type)) {
            for (int i = start; i < end; i++) {
                if (forms.isAttendance(tokens[i]) || (roles.containsInflected(tokens[i]) && end - start > 1)) {
                    return; // an attendance row run together: "Odd Erling UAV Medlem Nilsen Ellinor", "Roald Permisjon"
                }
            }
            end = SentenceRules.wholeName(tokens, start, end);
        }
        if (end <= start) {
            return;
        }
        Candidate c = SentenceRules.candidate(s, text, start, end, type, Candidate.Source.MODEL);
        if ("ORG".equals(type) && end - start == 1 && end + 1 < tokens.length && ",".equals(tokens[end])
                && Character.isLowerCase(tokens[end + 1].charAt(0)) && gazetteer.find(c.text()) == null) {
            return; // "Helse, sosial og omsorg": a title-cased list of common nouns, not a name
        }
        if ("ORG".equals(type) && end - start == 1 && commonWords.contains(tokens[start])
                && !looksLikeOrganisationWord(tokens[start])) {
            // "lavterskelaktivitet Styrket inkludering", "med Helse og sosialdirektør": a slide's glued
            // bullet or a title-cased compound, an ordinary word that news text writes in lower case
            return;
        }
        if ("PER".equals(type) && end - start < 2) {
            return; // a lone first or last name is too often a capitalised common word in municipal text
        }
        if ("ORG".equals(type) && isTitle(tokens[end - 1])) {
            return; // "Helse- og velferdssjef", "Oppvekstsjef": a title, whose holder's name follows
        }
        if ("ORG".equals(type) && end - start == 1 && isFirstNameOfPerson(tokens, start)) {
            return; // "Arbeiderpartiet: Randi Marie Olsen": a first name the model split off the person's name
        }
        if ("ORG".equals(type) && end - start == 1 && (isLoneWordNoName(tokens, start) || isTitleAbbreviation(text, c.end()))) {
            return;
        }
        if ("ORG".equals(type) && end - start == 1 && (startsLine(tokens, start) || afterListMarker(tokens, start))
                && !looksLikeOrganisationWord(tokens[start])) {
            return; // a lone capitalised word opening a line or list item is capitalised for position, not for being a name
        }
        if ("ORG".equals(type) && end - start > 1 && (startsLine(tokens, start) || afterListMarker(tokens, start))
                && isPhraseCapitalisedForPosition(tokens, start, end) && !isRegistered(c.text())) {
            return; // "• Gratis kulturskole", "4. Natur- og miljøvern", "2) Kartlegge behovet": a phrase, not a name
        }
        if ("ORG".equals(type) && afterCommitteeMark(text, c.start())) {
            return; // "Medlem kom. OKS/BS" in a member list: the council's committee, a body, not an organisation
        }
        if (TWO_NAMES.matcher(c.text()).matches()) {
            int slash = c.text().indexOf('/');
            out.add(new Candidate(c.start(), c.start() + slash, c.text().substring(0, slash), type, Candidate.Source.MODEL));
            out.add(new Candidate(c.start() + slash + 1, c.end(), c.text().substring(slash + 1), type, Candidate.Source.MODEL));
            return;
        }
        out.add(c);
    }

    /**
     * A place's cell and a party's label run together: "Vik AP Medlem" in the member table of a joint committee
     * (the municipality a member represents, then the party), or a party's local branch ("Vik KrF"). The party is
     * the organisation; the place names no organisation of its own here. Labels of two letters or more.
     */
    private boolean placeThenParty(TaggedSentence s, String text, int start, int end, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int p = start + 1; p < end && p - start <= 3; p++) {
            GazetteerEntry party = tokens[p].length() >= 2 ? gazetteer.party(tokens[p]) : null;
            if (party == null || !party.labels().contains(tokens[p])) {
                continue;
            }
            GazetteerEntry place = gazetteer.find(String.join(" ", java.util.Arrays.copyOfRange(tokens, start, p)));
            if (place != null && "LOC".equals(place.type())) {
                out.add(SentenceRules.candidate(s, text, p, p + 1, "ORG", Candidate.Source.MODEL).withCanonical(party.canonical()));
                return true;
            }
            return false;
        }
        return false;
    }

    private static final java.util.regex.Pattern NAME_SHAPE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?");

    /** Lower-case roles and compounds ending in one that follow a person's name in member lists and signatures. */
    private static final java.util.regex.Pattern ROLE_AFTER = java.util.regex.Pattern.compile(
            "\\p{Ll}*(leiar|leder|sjef|sekretær|rådgjevar|rådgiver|konsulent|medlem|varamedlem|ordfører|ordførar|direktør|koordinator)");

    /**
     * Two or three capitalised words of a person's shape (no organisation head, no register name, no form) right before
     * a lower-case role ("kontrollutvalsleiar", "økonomisjef"): a person named with the office they hold.
     */
    private boolean isNameBeforeRole(String[] tokens, int start, int end) {
        if (end - start < 2 || end - start > 3 || end >= tokens.length || !ROLE_AFTER.matcher(tokens[end]).matches()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            String t = tokens[i];
            if (!NAME_SHAPE.matcher(t).matches() || OrganisationHeads.ending(t) != null || SentenceRules.isLegalForm(t)
                    || commonWords.contains(t)) {
                return false;
            }
        }
        return !isRegistered(String.join(" ", java.util.Arrays.copyOfRange(tokens, start, end)));
    }

    /** Possessive pronouns, which a heading or a web page's button shouts in capitals: "Si DIN mening". */
    private static final Set<String> POSSESSIVES = Set.of("min", "mitt", "mine", "din", "ditt", "dine", "sin", "sitt",
            "sine", "vår", "vårt", "våre", "deres", "hans", "hennes");
    /** An adjective's ending: "Hydrologisk vurdering", "Økonomiske forhold", "Skriftlig svar". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(isk|iske|lig|lige)");
    /** A lone capital that is no Norwegian one-letter word (i, å, ø, o). */
    private static final java.util.regex.Pattern LONE_CAPITAL = java.util.regex.Pattern.compile("[A-HJ-NP-ZÆ]");

    /**
     * A one-word span that no organisation is: a pronoun or determiner ("DIN", "Disse"); an adjective, which opens
     * a noun phrase ("Hydrologisk vurdering"); a word in capitals that text extraction broke where it lost a letter ("STORBEKK D KOMMU E",
     * a lone capital after it) or split off its first one ("T VK": a lone capital before it).
     */
    private boolean isLoneWordNoName(String[] tokens, int i) {
        String t = tokens[i];
        String lower = t.toLowerCase(Locale.ROOT);
        if (POSSESSIVES.contains(lower) || CLAUSE_OPENERS.contains(lower) || ADJECTIVE.matcher(t).matches()) {
            return true;
        }
        boolean shouted = t.length() >= 2 && t.chars().allMatch(Character::isUpperCase);
        boolean brokenWord = shouted && t.length() >= 3 && i + 1 < tokens.length && LONE_CAPITAL.matcher(tokens[i + 1]).matches();
        // "T VK": the word's first letter split off, as text extraction of spaced capitals does
        boolean brokenStart = shouted && i >= 1 && LONE_CAPITAL.matcher(tokens[i - 1]).matches() && gazetteer.find(t) == null;
        return brokenWord || brokenStart;
    }

    private static final java.util.regex.Pattern WORD_AFTER_PERIOD = java.util.regex.Pattern.compile("\\A\\.\\s*(\\p{Ll}+)");

    /**
     * A title's abbreviation before a role: "Ass. rådmann", "Fung. kommunalsjef", "Konst. enhetsleder". Read from the
     * text: the sentence detector may end a sentence at the abbreviation's period.
     */
    private boolean isTitleAbbreviation(String text, int end) {
        java.util.regex.Matcher m = WORD_AFTER_PERIOD.matcher(text).region(end, Math.min(text.length(), end + 40));
        return m.lookingAt() && roles.containsInflected(m.group(1));
    }

    /**
     * A one-word span that is a word of the training data's person names ({@link NlpModels#personWords()}) and no
     * organisation's word, followed by another such word capitalised: a person's name of which the model took the
     * first word for an organisation.
     */
    private boolean isFirstNameOfPerson(String[] tokens, int i) {
        return i + 1 < tokens.length && personWords.contains(tokens[i]) && !looksLikeOrganisationWord(tokens[i])
                && isCapitalised(tokens[i + 1]) && personWords.contains(tokens[i + 1]);
    }

    /**
     * A compound ending in a role of {@link #ROLE_AFTER} is a title, a position and never a body ("Økonomisjef",
     * "Oppvekst- og kultursjef", "Avdelingsleder").
     */
    private static boolean isTitle(String token) {
        java.util.regex.Matcher m = ROLE_AFTER.matcher(token.toLowerCase(Locale.ROOT));
        return m.matches() && m.start(1) >= 3;
    }

    /** A name of the register, also in the genitive ("Redd Barnas"). */
    private boolean isRegistered(String name) {
        return gazetteer.find(name) != null || name.endsWith("s") && gazetteer.find(name.substring(0, name.length() - 1)) != null;
    }

    static boolean allLowerCase(String[] tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(tokens[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A clause's first word capitalised: "Få", "Det", "Mange" (see {@link #CLAUSE_OPENERS}). */
    static boolean opensClause(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0))
                && CLAUSE_OPENERS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a span opening a line or list item is a phrase that the position capitalised rather than a name. Its
     * first word is an ordinary word and no later word makes it a name ("Gratis kulturskole", see
     * {@link #restNamesIt}); or its first word is unknown to the word list (a verb the news rarely writes, as in a list
     * of tasks: "Kartlegge dagens samarbeid"; an uncommon noun) and is no name of the register or organisation's word,
     * and only lower-case words follow, none of them an organisation's head. In a name a lower-case word after a name
     * word is its head ("Austbygd idrettslag", "Vik skole"); other lower-case words make a task or noun phrase.
     */
    private boolean isPhraseCapitalisedForPosition(String[] tokens, int start, int end) {
        if (isOrdinaryFirstWord(tokens, start)) {
            return !restNamesIt(tokens, start, end);
        }
        if (looksLikeOrganisationWord(tokens[start]) || isRegistered(tokens[start])) {
            return false;
        }
        return allLowerCase(tokens, start + 1, end)
                && java.util.stream.IntStream.range(start + 1, end).noneMatch(i -> OrganisationHeads.ending(tokens[i]) != null);
    }

    /**
     * The first word of a name is an ordinary word, which a line, a list item or a sentence capitalises wherever
     * it stands: a word the news writes in lower case ("Gratis", "Trygg"), or the first half of a coordinated
     * compound ("Natur-" in "Natur- og miljøvern"), which is no name alone.
     */
    private boolean isOrdinaryFirstWord(String[] tokens, int start) {
        return commonWords.contains(tokens[start]) || isElidedPart(tokens, start);
    }

    /** "Natur-" before "og", "eller" or a comma: the first half of a compound whose head the last one gives. */
    static boolean isElidedPart(String[] tokens, int index) {
        String t = tokens[index];
        return t.length() > 2 && t.endsWith("-") && index + 1 < tokens.length
                && (tokens[index + 1].equals("og") || tokens[index + 1].equals("eller") || tokens[index + 1].equals(","));
    }

    /**
     * Whether the words after an ordinary first word make a name of the span: a capitalised word that is no ordinary
     * word ("Trygg Vestbyen") or that ends in an organisation head ("Nye Ungdomshuset"), a legal form ("Ren Vask AS"),
     * or for a coordinated compound a last word with an organisation head ("Barne- og familiedepartementet").
     * Lower-case words after an ordinary word are a noun phrase ("Gratis kulturskole", "Ny barnehage"): in a name, a
     * lower-case head follows a name word ("Vik skole"), as the institution rule of {@link SentenceRules} requires too.
     */
    private boolean restNamesIt(String[] tokens, int start, int end) {
        if (isElidedPart(tokens, start) && OrganisationHeads.ending(tokens[end - 1]) != null) {
            return true;
        }
        for (int i = start + 1; i < end; i++) {
            String t = tokens[i];
            if (SentenceRules.isLegalForm(t) || isCapitalised(t)
                    && (!commonWords.contains(t) || OrganisationHeads.ending(t) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Right after a list marker inside a flattened line: "1) Kartlegge", "C. Tjenesteproduksjon", "b) Tiltak",
     * "• Tiltak", "- Tiltak" (a slide's bullets run into one line).
     */
    private static boolean afterListMarker(String[] tokens, int index) {
        if (index >= 1 && (LIST_MARKER.matcher(tokens[index - 1]).matches() || BULLET.matcher(tokens[index - 1]).matches())) {
            return true;
        }
        String before = index >= 1 ? tokens[index - 1] : "";
        return index >= 2 && (before.equals(".") || before.equals(")")) && LIST_MARKER_BODY.matcher(tokens[index - 2]).matches();
    }

    private static boolean startsLine(String[] tokens, int index) {
        for (int i = 0; i < index; i++) {
            if (Character.isLetterOrDigit(tokens[i].charAt(0)) && !LINE_MARKER.matcher(tokens[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern COMMITTEE_MARK = java.util.regex.Pattern.compile("(?i)(?<!\\p{L})kom\\.\\s*");

    /**
     * Whether a span follows "kom." (komité), which member lists of a council write before a committee's short name.
     * Read from the text: the sentence detector may end a sentence at the abbreviation's period.
     */
    private static boolean afterCommitteeMark(String text, int offset) {
        int from = Math.max(0, offset - 8);
        java.util.regex.Matcher m = COMMITTEE_MARK.matcher(text).region(from, offset).useTransparentBounds(true);
        while (m.find()) {
            if (m.end() == offset) {
                return true;
            }
        }
        return false;
    }

    private boolean looksLikeOrganisationWord(String token) {
        String letters = NOT_LETTER.matcher(token).replaceAll("");
        boolean acronym = !letters.isEmpty() && letters.length() <= 5 && letters.chars().allMatch(Character::isUpperCase);
        return acronym || gazetteer.find(token) != null || OrganisationHeads.ending(token) != null;
    }

    private static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    /** An all-capitals word longer than an acronym ("REFERAT", "HØRINGSUTKAST"): a heading, not a name. */
    static boolean hasShoutedWord(String name) {
        for (String word : NOT_LETTERS.split(name)) {
            if (word.length() >= 6 && word.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }
}
