package no.muni.structure.furniture;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The municipality's or county's name as a letterhead prints it above a document ("Elverum kommune",
 * "NORDRE FOLLO KOMMUNE", "Troms fylkeskommune"): a line of one to three capitalised names and the word
 * kommune, which is neither the document's title nor its genre. "Høringssvar fra Bergen kommune" is a title.
 */
public final class MunicipalityName {

    private static final Pattern LINE = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:[Ff]ylkes)?[Kk]ommune|(?:\\p{Lu}[\\p{Lu}-]*\\s+){1,3}(?:FYLKES)?KOMMUNE");

    private static final Pattern LEADING = Pattern.compile("(?:" + LINE.pattern() + ")(?=\\s|$)");

    private MunicipalityName() {
    }

    public static boolean isLine(String text) {
        return LINE.matcher(text.strip()).matches();
    }

    /** The line without the municipality's name a flattened letterhead opens it with ("NORDBY KOMMUNE Formannskapet …"). */
    public static String withoutLeading(String line) {
        Matcher m = LEADING.matcher(line);
        return m.lookingAt() ? line.substring(m.end()).strip() : line;
    }
}
