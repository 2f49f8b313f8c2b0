package no.muni.tag.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named initiatives among a sentence's emphasised phrases. Writers set many things in italics or bold
 * (headings' labels, stressed words, titles of plans), but an initiative is emphasised where the
 * sentence says the municipality or a partner runs it, takes part in it or works together on it:
 * "tiltaket <i>Aktiv fritid</i>", "samarbeider med biblioteket om <i>Lesekvelder</i>",
 * "er med i <i>Gå-grupper</i>, samt turlag". What is listed right after such an initiative
 * (", samt turlag") is an initiative of the same kind even without emphasis.
 */
final class EmphasisedInitiatives {

    /** What a sentence says before an initiative's name, up to the name. */
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?:\\b(?:tiltak(?:et)?|prosjekt(?:et)?|ordning(?:en)?|program(?:met)?|satsing(?:en)?|satsning(?:en)?"
                    + "|tilbud(?:et)?|konsept(?:et)?|kampanje(?:n)?|aksjon(?:en)?)"
                    + "|\\bsamarbeid\\w*\\b.{0,80}\\b(?:om|på|rundt)"
                    + "|\\b(?:involvert|deltar|deltatt|deltakere|deltagere|med|engasjert|aktive?|bidrar|bidratt)\\s+(?:i|på)"
                    + "|\\b(?:arrangerer|arrangert|driver|drives|gjennomfører|tilbyr|starter|startet|etablerer|etablert"
                    + "|viderefører|videreføres|organiserer))\\s*[\"«“]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An item listed after the initiative: ", samt turlag", "og leseombud" (not ", som …"), up to the next punctuation. */
    private static final Pattern LISTED_AFTER = Pattern.compile(
            "^[\"»”]?\\s*,?\\s*(?:samt|og)\\s+([\\p{L}\\d][\\p{L}\\d-]*(?:\\s+[\\p{L}\\d-]+){0,3})",
            Pattern.UNICODE_CASE);
    private static final int MAX_WORDS = 8;

    private EmphasisedInitiatives() {
    }

    /** An initiative's name and its character span within the sentence. */
    record Name(String text, int start, int end) {}

    /** The initiatives in {@code sentence}, given the phrases its document emphasises. */
    static List<Name> in(String sentence, List<String> emphasis) {
        List<Name> out = new ArrayList<>();
        for (String phrase : emphasis) {
            if (phrase.isBlank() || phrase.split("\\s+").length > MAX_WORDS) {
                continue;
            }
            int at = sentence.indexOf(phrase);
            while (at >= 0) {
                int end = at + phrase.length();
                if (isWholeWords(sentence, at, end) && CUE_BEFORE.matcher(sentence.substring(0, at)).find()) {
                    out.add(new Name(phrase, at, end));
                    Matcher listed = LISTED_AFTER.matcher(sentence.substring(end));
                    if (listed.find()) {
                        String item = MeasureExtractor.trimName(listed.group(1));
                        int itemStart = end + listed.start(1);
                        out.add(new Name(item, itemStart, itemStart + item.length()));
                    }
                }
                at = sentence.indexOf(phrase, end);
            }
        }
        return out;
    }

    private static boolean isWholeWords(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }
}
