package no.muni.tag.features;

import java.util.List;
import java.util.Locale;

/**
 * Word endings that mark Norwegian organisation names: compounds end in their head noun
 * ("Pensjonistforbundet", "Helsedirektoratet", "Blå Kors", "Bystyret") and institutions follow a place name
 * ("Drammen kommune", "Viken fylkeskommune"). Longest endings first so the most specific one wins.
 */
public final class OrganisationHeads {

    static final List<String> ENDINGS = List.of(
            "fylkeskommune", "departementet", "direktoratet", "foreningen", "forbundet", "sentralen",
            "utvalget", "stiftelsen", "forening", "misjonen", "partiet", "nemnda", "tilsynet", "sentral",
            "kommune", "utvalg", "etaten", "senter", "rådet", "misjon", "huset", "laget", "styret", "skapet",
            "tinget", "byrå", "kors", "lag", "råd");

    private OrganisationHeads() {
    }

    /** The organisation ending of a token, or null. Very short words are skipped ("lag" alone is a noun). */
    public static String ending(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.length() > 5 && lower.endsWith("s") && !lower.endsWith("kors")) {
            lower = lower.substring(0, lower.length() - 1); // genitive: "Bystyrets", "Pensjonistforbundets"
        }
        for (String e : ENDINGS) {
            if (lower.endsWith(e)) {
                return lower.length() == e.length() ? "=" + e : e;
            }
        }
        return null;
    }
}
