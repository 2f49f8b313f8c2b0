package no.muni.structure.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import no.muni.model.Presentation.Fact;

/**
 * Counted facts as slides state them: a whole number followed by what it counts ("723 frivillige
 * organisasjoner med postadresse Drammen", "13 mill. medlemskap"). Years, dates, enumerators and
 * decimals are not facts; the fact's phrase ends where the next line of the slide begins.
 */
final class NumericFacts {

    private static final Pattern COUNT = Pattern.compile("^\\d{1,9}$");
    private static final Pattern SMALL_GROUP = Pattern.compile("^\\d{1,3}$");
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("^\\d{3}$");
    private static final Map<String, Long> SCALES = Map.of(
            "tusen", 1_000L, "mill.", 1_000_000L, "millioner", 1_000_000L, "million", 1_000_000L,
            "mrd.", 1_000_000_000L, "milliarder", 1_000_000_000L, "milliard", 1_000_000_000L);
    /** Words after a number that make it a part of a phrase rather than a count ("1, 4 og 7"). */
    private static final Set<String> NOT_COUNTED = Set.of("og", "eller", "til", "av", "i", "på", "for", "kl.");
    private static final Set<String> ABBREVIATIONS = Set.of("mill.", "mrd.", "pr.", "ca.", "kr.", "nr.", "bl.a.", "f.eks.", "tidl.");
    private static final Pattern CLOSES = Pattern.compile(".*[.?!:;,]$");
    private static final int MAX_WORDS = 10;

    List<Fact> find(String text) {
        String[] words = text.split("\\s+");
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i + 1 < words.length; i++) {
            int last = lastDigitGroup(words, i);
            if (isCount(words, i, last)) {
                int end = phraseEnd(words, last + 1);
                String phrase = String.join(" ", List.of(words).subList(i, end)).replaceAll("[.?!:;,]$", "");
                String digits = String.join("", List.of(words).subList(i, last + 1));
                long value = Long.parseLong(digits) * SCALES.getOrDefault(words[last + 1].toLowerCase(), 1L);
                facts.add(new Fact(phrase, value));
                i = end - 1;
            } else {
                i = last;
            }
        }
        return facts;
    }

    /** Norwegian groups thousands with spaces: "1 150" is one number. */
    private static int lastDigitGroup(String[] words, int i) {
        int last = i;
        if (SMALL_GROUP.matcher(words[i]).matches()) {
            while (last + 1 < words.length && THOUSANDS_GROUP.matcher(words[last + 1]).matches()) {
                last++;
            }
        }
        return last;
    }

    private static boolean isCount(String[] words, int i, int last) {
        if (last + 1 >= words.length) {
            return false;
        }
        String next = words[last + 1];
        boolean year = last == i && words[i].length() == 4 && (words[i].startsWith("19") || words[i].startsWith("20"));
        return COUNT.matcher(words[i]).matches() && !year
                && Character.isLowerCase(next.codePointAt(0)) && !NOT_COUNTED.contains(next);
    }

    private static int phraseEnd(String[] words, int from) {
        int end = from;
        while (end < words.length && end - from < MAX_WORDS) {
            String word = words[end];
            boolean newLine = Character.isUpperCase(word.codePointAt(0)) && end + 1 < words.length
                    && Character.isLowerCase(words[end + 1].codePointAt(0));
            if (Character.isDigit(word.codePointAt(0)) || newLine) {
                break;
            }
            end++;
            if (CLOSES.matcher(word).matches() && !ABBREVIATIONS.contains(word.toLowerCase())) {
                break;
            }
        }
        return end;
    }
}
