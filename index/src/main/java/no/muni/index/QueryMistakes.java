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

    /** A mistake in English and in Norwegian. */
    private record Mistake(String english, String norwegian) {
    }

    /** The exception for a query the parser refused with {@code parserMessage}, in English and Norwegian. */
    static QuerySyntaxException explain(String query, String parserMessage) {
        Mistake m = mistake(query).orElse(new Mistake(
                firstLine(parserMessage) + ". Put words with special characters (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /) "
                        + "in quotes or escape them with \\",
                "søket har tegn med særskilt betydning (+ - ! ( ) { } [ ] ^ \" ~ * ? : \\ /); sett ord med slike tegn "
                        + "i anførselstegn eller skriv \\ foran tegnet"));
        return new QuerySyntaxException("cannot understand the query \"" + query + "\": " + m.english(),
                "Forstår ikke søket «" + query + "»: " + m.norwegian());
    }

    private static Optional<Mistake> mistake(String query) {
        String unescaped = query.replaceAll("\\\\.", "");
        if (unescaped.chars().filter(c -> c == '"').count() % 2 == 1) {
            return Optional.of(new Mistake("a \" opens a phrase that is never closed; add the closing \" or remove it",
                    "et \" åpner en frase som aldri lukkes; legg til det avsluttende \" eller fjern det"));
        }
        String outsidePhrases = unescaped.replaceAll("\"[^\"]*\"", "");
        long open = outsidePhrases.chars().filter(c -> c == '(').count();
        long close = outsidePhrases.chars().filter(c -> c == ')').count();
        if (open != close) {
            return Optional.of(new Mistake("it has " + open + " \"(\" but " + close + " \")\"; every ( needs its )",
                    "det har " + open + " «(» men " + close + " «)»; hver ( trenger sin )"));
        }
        Matcher wildcard = LEADING_WILDCARD.matcher(outsidePhrases);
        if (wildcard.find()) {
            return Optional.of(new Mistake("a word cannot start with * or ? (" + wildcard.group(1)
                    + "); put the wildcard after the start of the word, as in frivillig*",
                    "et ord kan ikke begynne med * eller ? (" + wildcard.group(1)
                            + "); sett jokertegnet etter begynnelsen av ordet, som i frivillig*"));
        }
        Matcher operator = DANGLING_OPERATOR.matcher(outsidePhrases);
        if (operator.find()) {
            String op = operator.group(1) != null ? operator.group(1) : operator.group(2);
            return Optional.of(new Mistake(op + " needs a word on both sides; remove it or quote it (\"" + op + "\") to search for it",
                    op + " trenger et ord på begge sider; fjern det, eller sett det i anførselstegn (\"" + op
                            + "\") for å søke etter ordet"));
        }
        return Optional.empty();
    }

    /** The query expands (wildcards, fuzzy terms) to more terms than a search may hold. */
    static QuerySyntaxException tooManyTerms(String query) {
        return new QuerySyntaxException("the query \"" + query + "\" expands to too many terms",
                "Søket «" + query + "» utvides til for mange ord; gjør jokertegn-ordene lengre (frivillig* i stedet for fr*)");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
