package no.muni.structure.furniture;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.DocumentStructure.Sender;

/**
 * Reads the sender out of a letterhead's lines. Labels and values come either on one line
 * ("Telefon +4732040000", "Org.nr.: 921 234 554") or a value follows its label on the next line,
 * and several label–value pairs may share one footer line.
 */
final class LetterheadReader {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(organisasjonsnummer|org\\.?\\s*nr\\.?|org\\.?\\s*nummer|postadresse|postadr\\.?|besøksadresse"
                    + "|besøksadr\\.?|kontoradresse|adresse|telefon|tlf\\.?|sentralbord|telefaks|faks|e-?post"
                    + "|internett|nettside|bankkonto|kontonr\\.?)(?=[\\s:]|$)\\s*:?");
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\b(\\d{3})\\s?(\\d{3})\\s?(\\d{3})\\b");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?\\d(?:[\\s.]?\\d){7,11}");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern POSTBOX = Pattern.compile("(?i)^(?:postboks|pb\\.?)\\s*\\d+");

    private enum Field { UNIT, ORGANISATION_NUMBER, POSTAL, VISITING, PHONE, EMAIL, OTHER }

    /** Mutable only while one letterhead is read. */
    private static final class Draft {
        String organisationNumber;
        String phone;
        String email;
        final StringBuilder postal = new StringBuilder();
        final StringBuilder visiting = new StringBuilder();
        Field pending;
        Field lastAddress = Field.POSTAL;
        String unitPrefix;
    }

    Sender read(List<String> unitLines, List<String> lines) {
        Draft draft = new Draft();
        for (String line : lines) {
            readLine(line.strip(), draft);
        }
        String unit = unitLines.isEmpty() ? draft.unitPrefix : String.join(", ", unitLines);
        return new Sender(unit, draft.organisationNumber, blankToNull(draft.postal), blankToNull(draft.visiting),
                draft.phone, draft.email);
    }

    private void readLine(String line, Draft draft) {
        Matcher label = LABEL.matcher(line);
        int start = 0;
        Field field = null;
        while (label.find()) {
            segment(field, line.substring(start, label.start()).strip(), draft, start == 0);
            field = fieldOf(label.group(1).toLowerCase());
            start = label.end();
        }
        segment(field, line.substring(start).strip(), draft, start == 0);
    }

    private void segment(Field labelled, String value, Draft draft, boolean lineStart) {
        if (labelled != null && value.isEmpty()) {
            draft.pending = labelled;
            if (labelled == Field.POSTAL || labelled == Field.VISITING) {
                draft.lastAddress = labelled;
            }
            return;
        }
        if (value.isEmpty()) {
            return;
        }
        Field field = labelled != null ? labelled : unlabelledField(value, draft);
        switch (field) {
            case ORGANISATION_NUMBER -> {
                Matcher m = ORGANISATION_NUMBER.matcher(value);
                if (m.find() && draft.organisationNumber == null) {
                    draft.organisationNumber = m.group(1) + m.group(2) + m.group(3);
                }
            }
            case PHONE -> {
                Matcher m = PHONE_NUMBER.matcher(value);
                if (m.find() && draft.phone == null) {
                    draft.phone = m.group().replaceAll("[\\s.]", "");
                }
            }
            case EMAIL -> {
                Matcher m = EMAIL.matcher(value);
                if (m.find() && draft.email == null) {
                    draft.email = m.group();
                }
            }
            case POSTAL, VISITING -> {
                StringBuilder address = field == Field.POSTAL ? draft.postal : draft.visiting;
                address.append(address.isEmpty() ? "" : ", ").append(value.replaceAll("[,;|]\\s*$", ""));
                draft.lastAddress = field;
            }
            case UNIT -> {
                if (lineStart && draft.unitPrefix == null) {
                    draft.unitPrefix = value;
                }
            }
            case OTHER -> { }
        }
        draft.pending = null;
    }

    private static Field unlabelledField(String value, Draft draft) {
        if (EMAIL.matcher(value).find()) {
            return Field.EMAIL;
        }
        if (POSTBOX.matcher(value).find()) {
            return Field.POSTAL;
        }
        if (draft.pending == Field.ORGANISATION_NUMBER || draft.pending == Field.PHONE) {
            return draft.pending;
        }
        if (LetterheadLine.kinds(value).contains(LetterheadLine.POSTCODE_CITY) || LetterheadLine.isStreetAddress(value)) {
            return draft.pending == Field.VISITING ? Field.VISITING : draft.lastAddress;
        }
        if (LetterheadLine.kinds(value).contains(LetterheadLine.WEB)) {
            return Field.OTHER;
        }
        if (ORGANISATION_NUMBER.matcher(value).matches()) {
            return Field.ORGANISATION_NUMBER;
        }
        if (PHONE_NUMBER.matcher(value).matches()) {
            return Field.PHONE;
        }
        return value.chars().anyMatch(Character::isDigit) ? Field.OTHER : Field.UNIT;
    }

    private static Field fieldOf(String label) {
        if (label.equals("adresse") || label.startsWith("post")) {
            return Field.POSTAL;
        }
        if (label.startsWith("besøk") || label.startsWith("kontor")) {
            return Field.VISITING;
        }
        if (label.endsWith("faks")) {
            return Field.OTHER;
        }
        if (label.startsWith("tel") || label.startsWith("tlf") || label.startsWith("sentral")) {
            return Field.PHONE;
        }
        return label.startsWith("org") ? Field.ORGANISATION_NUMBER
                : label.startsWith("e") ? Field.EMAIL : Field.OTHER;
    }

    private static String blankToNull(CharSequence s) {
        return s.isEmpty() ? null : s.toString();
    }
}
