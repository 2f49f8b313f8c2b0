package no.muni.structure.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.DocumentStructure.Participant;
import no.muni.structure.InlineText;

/**
 * One line of an attendance list. "Fra fellesnemnda; Mads Hilden og Merete Andrea Risan" names
 * the persons of a delegation; any other line names one participant of the list's kind. Names in
 * a delegation are separated by commas and "og"; a role in parentheses is not part of a name.
 */
final class AttendeeLine {
    static final String ORGANISATION = "organisation";
    static final String PERSON = "person";

    private static final Pattern DELEGATION = Pattern.compile("^(?:Fra|Fra:)\\s+(.+?)\\s*[;:–]\\s*(.+)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:og|&)\\s+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final String TRAILING_PUNCTUATION = "[\\s.,;:]+$";

    private AttendeeLine() {
    }

    static List<Participant> parse(String line, String defaultKind) {
        String text = InlineText.clean(line);
        Matcher delegation = DELEGATION.matcher(text);
        if (delegation.matches()) {
            String group = delegation.group(1).strip();
            List<Participant> persons = new ArrayList<>();
            for (String name : NAME_SEPARATOR.split(delegation.group(2))) {
                String clean = personName(name);
                if (!clean.isEmpty()) {
                    persons.add(new Participant(clean, PERSON, group));
                }
            }
            return persons;
        }
        String name = PERSON.equals(defaultKind) ? personName(text.split(",", 2)[0])
                : text.replaceAll(TRAILING_PUNCTUATION, "");
        return name.isEmpty() ? List.of() : List.of(new Participant(name, defaultKind, null));
    }

    private static String personName(String text) {
        return PARENTHESIS.matcher(text).replaceAll("").replaceAll(TRAILING_PUNCTUATION, "").strip();
    }
}
