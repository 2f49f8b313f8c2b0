package no.muni.structure.politics;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Norwegian political parties as municipal documents write them: full names and the usual
 * abbreviations in their common spellings. One-letter abbreviations (H, V, A, R) are only trusted
 * inside parentheses, since in running text they are initials or words.
 */
public final class Parties {

    private static final Set<String> NAMES = Set.of(
            "Arbeiderpartiet", "Høyre", "Fremskrittspartiet", "Senterpartiet", "Sosialistisk Venstreparti",
            "Venstre", "Kristelig Folkeparti", "Miljøpartiet De Grønne", "Rødt", "Pensjonistpartiet",
            "Industri- og Næringspartiet", "Partiet Sentrum", "Folkelisten", "Bygdelista");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "AP", "Ap", "FrP", "Frp", "FRP", "SP", "Sp", "SV", "KrF", "Krf", "KRF", "MDG", "PP", "INP");
    private static final Pattern ONE_LETTER = Pattern.compile("[HVAR]");

    private Parties() {
    }

    /** A party name or multi-letter abbreviation, as one word of running text. */
    public static boolean isPartyWord(String word) {
        return ABBREVIATIONS.contains(word) || (NAMES.contains(word) && !word.contains(" "));
    }

    /** What may stand inside the parentheses after a politician's name: "(V)", "(Ap)", "(Høyre)". */
    public static boolean isPartyLabel(String label) {
        return ABBREVIATIONS.contains(label) || NAMES.contains(label) || ONE_LETTER.matcher(label).matches();
    }
}
