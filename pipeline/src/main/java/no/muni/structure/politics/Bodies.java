package no.muni.structure.politics;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The political bodies (organs) of Norwegian municipalities and counties as their documents name them:
 * the organs of the Local Government Act (kommunestyre, bystyre, fylkesting, formannskap, kontrollutvalg,
 * byråd) and the committees, boards and councils built on them ("Levekårsutvalget", "Eldrerådet",
 * "Hovedutvalg for teknikk og miljø", "Styret for Miljø og Utvikling"). A body is a function, not an
 * organisation: minutes name it as {@code meeting.body}, case documents in their saksgang.
 * Nynorsk names them too: "Heradsstyret", "Kontrollutvalet", "Hovudutval for kultur", "Valstyre", and a committee on
 * -nemnd may go without its article ("Møtebok for Fellesnemnd").
 * Rooms named after a body ("Kommunestyresalen") and its staff ("Kontrollutvalgssekretariatet") are not bodies.
 */
public final class Bodies {

    /** A body followed by what it is for: "Hovedutvalg for næring, drift og miljø". */
    private static final String FOR_WHAT = "(?:hoved|hovud)?utval(?:g(?:et)?|et)?|komit[eé](?:en)?|styret|rådet|råd";
    private static final String WORD = "[\\p{L}][\\p{L}-]*";
    private static final Pattern WITH_FOR = Pattern.compile("(?iu)(?<![\\p{L}-])(?:" + FOR_WHAT + ")\\s+for\\s+" + WORD
            + "(?:(?:\\s*,\\s*|\\s+og\\s+)" + WORD + "){0,3}");
    /**
     * The fields a committee on -utvalg/-utval shares with others before its name, hyphenated and coordinated ("Plan- og
     * miljøutvalet", "Helse-, omsorg- og velferdsutvalget").
     */
    private static final String COORDINATED = "(?:(?:[\\p{L}]+-,?\\s+)*[\\p{L}]+-\\s+(?:og|eller)\\s+(?=\\p{L}+utval))?";
    /** One word: an organ of the Act or a compound on -utvalg, -styre, -råd, -komité, -nemnd, in any form. */
    private static final Pattern ONE_WORD = Pattern.compile("(?iu)(?<![\\p{L}-])" + COORDINATED + "(?:"
            + "(?:by|kommune|fylkes|herads|valg?)styre(?:t|ts)?|fylkesting(?:et|ets)?|formannskap(?:et|ets)?|byråd(?:et|ets)?"
            + "|fylkesutvalg(?:et|ets)?|\\p{L}+utvalg(?:et|ets)?|utvalg(?:et|ets)|\\p{L}+utval(?:et)?|utvalet|\\p{L}+styret"
            + "|\\p{L}+råd(?:et|ets)|\\p{L}*komit[eé](?:en|ens)|\\p{L}*nemnd(?:a|en|as|ens)|\\p{L}+nemnd)(?![\\p{L}-])");

    private static final Pattern COORDINATED_NAME = Pattern.compile("(?iu)(.+-\\s+(?:og|eller))\\s+(\\S+)");

    private Bodies() {
    }

    /** The first body named in the text, as {@link #canonical canonical} display name. */
    public static Optional<String> first(String text) {
        Match match = find(text, 0);
        return match == null ? Optional.empty() : Optional.of(canonical(match.text()));
    }

    /** The first body named at or after {@code from}, as written, with where it is. */
    public static Match find(String text, int from) {
        Matcher with = WITH_FOR.matcher(text);
        Matcher one = ONE_WORD.matcher(text);
        boolean hasWith = with.find(from);
        boolean hasOne = one.find(from);
        if (hasWith && (!hasOne || with.start() <= one.start())) {
            return new Match(with.group(), with.start(), with.end());
        }
        return hasOne ? new Match(one.group(), one.start(), one.end()) : null;
    }

    /** Whether the whole text is one body's name. */
    public static boolean isBody(String text) {
        String t = text.strip();
        return WITH_FOR.matcher(t).matches() || ONE_WORD.matcher(t).matches();
    }

    /**
     * The body's display name: capitalised, without a genitive ("FORMANNSKAPETS" → "Formannskapet",
     * "kontrollutvalget" → "Kontrollutvalget"); what it is for is kept as written.
     */
    public static String canonical(String written) {
        String name = written.strip().replaceAll("\\s+", " ");
        Matcher coordinated = COORDINATED_NAME.matcher(name);
        if (coordinated.matches()) {
            String fields = coordinated.group(1);
            String last = canonical(coordinated.group(2));
            return canonical(fields.equals(fields.toUpperCase(Locale.ROOT)) ? fields.toLowerCase(Locale.ROOT) : fields) + " "
                    + last.toLowerCase(Locale.ROOT);
        }
        String head = name.split(" ", 2)[0];
        String rest = name.substring(head.length());
        if (head.equals(head.toUpperCase(Locale.ROOT))) {
            head = head.toLowerCase(Locale.ROOT);
        }
        if (head.length() > 3 && (head.endsWith("ets") || head.endsWith("ens") || head.endsWith("as"))) {
            head = head.substring(0, head.length() - 1);
        }
        return Character.toUpperCase(head.charAt(0)) + head.substring(1) + rest;
    }

    /** A body as written in a text, with its span. */
    public record Match(String text, int start, int end) {}
}
