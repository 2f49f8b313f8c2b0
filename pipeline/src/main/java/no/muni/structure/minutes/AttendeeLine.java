package no.muni.structure.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.EntityKind;
import no.muni.model.Minutes.Participant;
import no.muni.text.InlineText;

/**
 * One line of an attendance list. "Fra fellesnemnda; Mads Hilden og Merete Andrea Risan" names
 * the persons of a delegation; any other line names one participant of the list's kind. Names in
 * a delegation are separated by commas and "og"; a role in parentheses is not part of a name.
 */
final class AttendeeLine {
    private static final Pattern DELEGATION = Pattern.compile("^Fra:?\\s+(.+?)\\s*[;:–]\\s*(.+)$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:og|&)\\s+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final String TRAILING_PUNCTUATION = "[\\s.,;:]+$";

    private AttendeeLine() {
    }

    static List<Participant> parse(String line, EntityKind defaultKind) {
        String text = InlineText.clean(line);
        Matcher delegation = DELEGATION.matcher(text);
        if (delegation.matches()) {
            return persons(delegation.group(2), delegation.group(1).strip());
        }
        String name = defaultKind == EntityKind.PERSON ? personName(text.split(",", 2)[0])
                : text.replaceAll(TRAILING_PUNCTUATION, "");
        return name.isEmpty() ? List.of() : List.of(new Participant(name, defaultKind, null));
    }

    /** The persons of a line that names several ("Ola Hansen (Ap), Kari Berg og Per Li"), all of one group or none. */
    static List<Participant> persons(String names, String group) {
        List<Participant> persons = new ArrayList<>();
        for (String name : NAME_SEPARATOR.split(InlineText.clean(names))) {
            String clean = personName(name);
            if (!clean.isEmpty()) {
                persons.add(new Participant(clean, EntityKind.PERSON, group));
            }
        }
        return persons;
    }

    private static String personName(String text) {
        return PARENTHESIS.matcher(text).replaceAll("").replaceAll(TRAILING_PUNCTUATION, "").strip();
    }
}
