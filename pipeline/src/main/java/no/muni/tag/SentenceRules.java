package no.muni.tag;

import java.util.List;
import java.util.Set;

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

    /** Heads strong enough to mark an organisation even at the start of a sentence. */
    private static final Set<String> STRONG_HEADS = Set.of("forbundet", "foreningen", "forening", "departementet",
            "direktoratet", "fylkeskommune", "misjonen", "partiet", "stiftelsen", "styret", "skapet", "tinget");
    /** Heads that are also ordinary word endings ("forslag", "bidrag") and need a name before them. */
    private static final Set<String> WEAK_HEADS = Set.of("lag", "råd", "senter", "sentral", "byrå", "utvalg", "misjon",
            "kommune");

    /** Words that may stand between a conjunction and the kind noun: "og de kommunale frivilligsentralene". */
    private static final int MAX_MODIFIERS = 3;

    private final Gazetteer gazetteer;
    private final Lexicon kinds;
    private final Lexicon commonWords;

    /**
     * @param kinds       nouns for kinds of organisation ("frivilligsentral", "forening")
     * @param commonWords ordinary words, which a capital at the start of a list item does not make a name
     */
    SentenceRules(Gazetteer gazetteer, Lexicon kinds, Lexicon commonWords) {
        this.gazetteer = gazetteer;
        this.kinds = kinds;
        this.commonWords = commonWords;
    }

    void apply(TaggedSentence s, String text, List<Candidate> out) {
        String[] tokens = s.tokens();
        String[] gaz = gazetteer.match(tokens);
        gazetteerNames(s, text, gaz, out);
        organisationCompounds(s, text, gaz, out);
        partyLabels(s, text, out);
        coordinatedWithKind(s, text, gaz, out);
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
            if (type.equals("ORG") && !isInstitution(s.tokens(), start, end)) {
                // a place before a national organisation names its local branch
                if (start > 0 && "LOC".equals(typeAt(gaz, start - 1))) {
                    start = spanStart(gaz, start - 1);
                }
                int after = end < n && ",".equals(s.tokens()[end]) ? end + 1 : end;
                if (after < n && "B-LOC".equals(gaz[after])) {
                    end = spanEnd(gaz, after);
                }
            }
            out.add(candidate(s, text, start, end, type, Candidate.Source.GAZETTEER));
            i = Math.max(end, i + 1);
        }
    }

    private static boolean isFunctionWord(String token) {
        return token.matches("(?i)fra|til|i|på|med|og|hos|for|om|av|ved|mellom|det|den|de|en|et|alle|flere");
    }

    private static boolean isInstitutionWord(String token) {
        return token.matches("(fylkes)?kommune(n|s|ns)?");
    }

    private static boolean isInstitution(String[] tokens, int start, int end) {
        String last = tokens[end - 1].toLowerCase(java.util.Locale.ROOT);
        return last.startsWith("kommune") || last.startsWith("fylkeskommune");
    }

    private void organisationCompounds(TaggedSentence s, String text, String[] gaz, List<Candidate> out) {
        String[] tokens = s.tokens();
        for (int i = 0; i < tokens.length; i++) {
            String ending = OrganisationHeads.ending(tokens[i]);
            if (ending == null || ending.startsWith("=") || gaz[i] != null) {
                continue;
            }
            boolean capital = Character.isUpperCase(tokens[i].charAt(0));
            // "Svelvik pensjonistforening": a known place, or a capitalised word inside the sentence
            boolean placeBefore = i > 0 && Character.isUpperCase(tokens[i - 1].charAt(0))
                    && (gaz[i - 1] != null && gaz[i - 1].endsWith("LOC")
                        || i - 2 >= 0 && Character.isLetter(tokens[i - 2].charAt(0)) && !isFunctionWord(tokens[i - 1]));
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
            Candidate label = candidate(s, text, i, i + 1, "ORG", Candidate.Source.PARTY_LABEL);
            out.add(new Candidate(label.start(), label.end(), label.text(), "ORG", Candidate.Source.PARTY_LABEL,
                    party.canonical()));
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
        int start = s.tokenSpans()[fromToken].getStart();
        int end = s.tokenSpans()[toToken - 1].getEnd();
        return new Candidate(start, end, text.substring(start, end), type, source);
    }
}
