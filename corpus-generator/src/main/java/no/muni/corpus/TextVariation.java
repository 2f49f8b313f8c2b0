package no.muni.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rewrites the names, dates and case numbers in one synthetic document's text: each person and
 * organisation the seed names becomes another (the same one throughout the document, as in a real
 * text), the municipality becomes another, every date and year moves by the document's year offset
 * with a new day and month, and case numbers get new serials. Everything else is left as written.
 */
final class TextVariation {

    private static final Pattern PERSON = Pattern.compile("\\b(?:" + String.join("|", Vocabulary.FIRST_NAMES)
            + ")(?: [A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?){1,2}\\b");
    private static final Pattern ORGANISATION = Pattern.compile(Vocabulary.SEED_ORGANISATIONS.stream()
            .map(Pattern::quote).collect(Collectors.joining("|")));
    private static final Pattern MUNICIPALITY = Pattern.compile("(?i)\\b" + Vocabulary.SEED_MUNICIPALITY + "\\b");

    /**
     * One alternation, so a date's year is moved once: numeric dates (21.08.2023, 22.05.19), written
     * dates (17. juni 2014), case numbers (23/00858-123, 2008/2384-21446) and bare years (2015-2018).
     */
    private static final Pattern DATED = Pattern.compile(
            "\\b(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})\\b"
                    + "|\\b(?<wd>\\d{1,2})\\. (?<wm>" + String.join("|", Vocabulary.MONTHS) + ") (?<wy>\\d{4})\\b"
                    + "|\\b(?<cy>\\d{2}|\\d{4})/(?<cs>\\d{2,6})(?<cx>-\\d+)?\\b"
                    + "|\\b(?<year>19[5-9]\\d|20[0-4]\\d)\\b");

    private final Random random;
    private final int yearOffset;
    private final String municipality;
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> organisations = new HashMap<>();
    /** A date or case number that occurs twice (a title repeated in an excerpt) is varied the same way twice. */
    private final Map<String, String> dated = new HashMap<>();

    TextVariation(Random random) {
        this.random = random;
        this.yearOffset = random.nextInt(10) - 7;
        this.municipality = pick(Vocabulary.MUNICIPALITIES);
        List<String> shuffled = new ArrayList<>(Vocabulary.ORGANISATIONS);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < Vocabulary.SEED_ORGANISATIONS.size(); i++) {
            organisations.put(Vocabulary.SEED_ORGANISATIONS.get(i), shuffled.get(i % shuffled.size()));
        }
    }

    String apply(String text) {
        String s = replace(PERSON, text, m -> people.computeIfAbsent(m.group(), k -> person()));
        s = replace(ORGANISATION, s, m -> organisations.get(m.group()));
        s = replace(MUNICIPALITY, s, m -> spelledLike(m.group(), municipality));
        return replace(DATED, s, m -> dated.computeIfAbsent(m.group(), k -> redate(m)));
    }

    private String person() {
        String first = pick(Vocabulary.FIRST_NAMES);
        String last = pick(Vocabulary.LAST_NAMES);
        return random.nextInt(4) == 0 ? first + " " + pick(Vocabulary.LAST_NAMES) + " " + last : first + " " + last;
    }

    private String redate(Matcher m) {
        if (m.group("d") != null) {
            String year = m.group("y").length() == 2
                    ? String.format(Locale.ROOT, "%02d", Math.floorMod(Integer.parseInt(m.group("y")) + yearOffset, 100))
                    : String.valueOf(Integer.parseInt(m.group("y")) + yearOffset);
            return String.format(Locale.ROOT, "%02d.%02d.%s", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
        }
        if (m.group("wd") != null) {
            return (1 + random.nextInt(28)) + ". " + pick(Vocabulary.MONTHS) + " "
                    + (Integer.parseInt(m.group("wy")) + yearOffset);
        }
        if (m.group("cy") != null) {
            String cy = m.group("cy");
            String year = cy.length() == 2
                    ? String.format(Locale.ROOT, "%02d", Math.floorMod(Integer.parseInt(cy) + yearOffset, 100))
                    : String.valueOf(Integer.parseInt(cy) + yearOffset);
            String suffix = m.group("cx") == null ? "" : "-" + digits(m.group("cx").length() - 1);
            return year + "/" + digits(m.group("cs").length()) + suffix;
        }
        return String.valueOf(Integer.parseInt(m.group("year")) + yearOffset);
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** "DRAMMEN" in an address stays upper case, "drammen" in an e-mail address stays lower case ASCII. */
    private static String spelledLike(String original, String name) {
        if (original.equals(original.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        if (original.equals(original.toLowerCase(Locale.ROOT))) {
            return name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        }
        return name;
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
