package no.muni.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a query Lucene's parser refused, in terms a user can act on. Lucene's own
 * messages ("Lexical error at line 1, column 5. Encountered: &lt;EOF&gt;") name the parser's state, not
 * the user's mistake, so the common mistakes are recognised in the query itself.
 */
final class QueryMistakes {

    private static final Pattern LEADING_WILDCARD = Pattern.compile("(?:^|[\\s(:])([*?]\\S*)");
    private static final Pattern DANGLING_OPERATOR = Pattern.compile("(?:^\\s*(AND|OR)\\b|\\b(AND|OR|NOT)\\s*$)");

    private QueryMistakes() {
    }

    /** The message for a query the parser refused with {@code parserMessage}. */
    static String explain(String query, String parserMessage) {
        return "cannot understand the query \"" + query + "\": " + mistake(query).orElse(
                firstLine(parserMessage) + ". Put words with special characters (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) "
                        + "in quotes or escape them with \\");
    }

    private static Optional<String> mistake(String query) {
        String unescaped = query.replaceAll("\\\\.", "");
        if (unescaped.chars().filter(c -> c == '"').count() % 2 == 1) {
            return Optional.of("a \" opens a phrase that is never closed; add the closing \" or remove it");
        }
        String outsidePhrases = unescaped.replaceAll("\"[^\"]*\"", "");
        long open = outsidePhrases.chars().filter(c -> c == '(').count();
        long close = outsidePhrases.chars().filter(c -> c == ')').count();
        if (open != close) {
            return Optional.of("it has " + open + " \"(\" but " + close + " \")\"; every ( needs its )");
        }
        Matcher wildcard = LEADING_WILDCARD.matcher(outsidePhrases);
        if (wildcard.find()) {
            return Optional.of("a word cannot start with * or ? (" + wildcard.group(1)
                    + "); put the wildcard after the start of the word, as in frivillig*");
        }
        Matcher operator = DANGLING_OPERATOR.matcher(outsidePhrases);
        if (operator.find()) {
            String op = operator.group(1) != null ? operator.group(1) : operator.group(2);
            return Optional.of(op + " needs a word on both sides; remove it or quote it (\"" + op + "\") to search for it");
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
