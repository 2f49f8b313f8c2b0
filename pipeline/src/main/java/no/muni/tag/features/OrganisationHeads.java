package no.muni.tag.features;

import java.util.List;
import java.util.Locale;

/**
 * Word endings that mark Norwegian organisation names (longest first): compounds end in their head noun
 * ("Pensjonistforbundet", "Helsedirektoratet", "Blå Kors", "Bystyret") and institutions follow a place name
 * ("Drammen kommune", "Viken fylkeskommune"). The longest matching ending wins.
 */
public final class OrganisationHeads {

    static final List<String> ENDINGS = java.util.stream.Stream.of(
            "fylkeskommune", "departementet", "direktoratet", "foreningen", "forbundet", "sentralen",
            "utvalget", "stiftelsen", "forening", "misjonen", "partiet", "nemnda", "tilsynet", "sentral",
            "kommune", "utvalg", "etaten", "senter", "rådet", "misjon", "huset", "laget", "styret", "skapet",
            "tinget", "byrå", "kors", "lag", "råd",
            // issue #12: heads of the names municipal documents are full of and NorNE's news text is not
            "kommunerevisjon", "revisjon", "sekretariat", "sekretariatet", "krets", "kretsen", "skole", "skolen",
            "skule", "barnehage", "barnehagen", "idrettslag", "idrettslaget", "klubb", "klubben", "museum",
            "museet", "museene", "menighet", "departement", "direktorat", "tilsyn", "ombud", "ombudet",
            "institutt", "instituttet", "akademi", "akademiet", "selskap", "selskapet", "verket", "banken",
            // courts, police districts and committees after their place or name ("Bergen tingrett", "Nobelkomiteen")
            "tingrett", "lagmannsrett", "herredsrett", "byrett", "jordskifterett", "politidistrikt", "komite",
            "komiteen", "komité", "komitéen")
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    private static final java.util.Set<String> ENDING_SET = java.util.Set.copyOf(ENDINGS);
    private static final int LONGEST = ENDINGS.get(0).length();
    private static final int SHORTEST = ENDINGS.get(ENDINGS.size() - 1).length();

    private OrganisationHeads() {
    }

    /** The organisation ending of a token, or null. Very short words are skipped ("lag" alone is a noun). */
    public static String ending(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.length() > 5 && lower.endsWith("s") && !lower.endsWith("kors") && !lower.endsWith("krets")) {
            lower = lower.substring(0, lower.length() - 1); // genitive: "Bystyrets", "Pensjonistforbundets"
        }
        // longest ending first, by set lookups of the word's suffixes rather than a scan of every ending
        for (int len = Math.min(lower.length(), LONGEST); len >= SHORTEST; len--) {
            String suffix = lower.substring(lower.length() - len);
            if (ENDING_SET.contains(suffix)) {
                return lower.length() == len ? "=" + suffix : suffix;
            }
        }
        return null;
    }
}
