package no.muni.structure.reply;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Reply.PersonRef;
import no.muni.model.Reply.Question;
import no.muni.structure.politics.Parties;

/**
 * The question a reply answers, from the conventions of written questions to a municipality:
 * the title "Spørsmål 122 (2023) fra Herman Ekle Lund (V); Oppfølgingsspørsmål til spørsmål 119 …"
 * and the header lines "Til: Kommunedirektøren" and "Fra: Herman Ekle Lund (V)".
 */
final class QuestionHeader {

    private static final Pattern NUMBER_AND_YEAR = Pattern.compile(
            "(?iu)\\b(?:spørsmål|interpellasjon)\\s+(?:nr\\.?\\s*)?(\\d{1,4})(?:\\s*\\((\\d{4})\\)|\\s*/\\s*(\\d{4}))?");
    private static final Pattern ASKED_BY = Pattern.compile(
            "(?u)\\bfra\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s+){0,4}\\p{Lu}[\\p{L}'-]+)\\s*\\(([^)]{1,40})\\)");
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "(?iu)\\boppfølging\\p{L}*\\s+(?:til|av|på)\\s+(?:spørsmål|interpellasjon)\\s+(?:nr\\.?\\s*)?(\\d{1,4})");
    private static final Pattern LABEL = Pattern.compile("(?iu)^(til|fra)\\s*:\\s*(.+)$");
    private static final Pattern NAME_AND_PARTY = Pattern.compile("^(.+?)\\s*\\(([^)]{1,40})\\)\\s*$");

    Question read(String title, List<String> headerLines) {
        String safeTitle = title == null ? "" : title;
        Integer number = null;
        Integer year = null;
        Matcher m = NUMBER_AND_YEAR.matcher(safeTitle);
        if (m.find()) {
            number = Integer.valueOf(m.group(1));
            String y = m.group(2) != null ? m.group(2) : m.group(3);
            year = y == null ? null : Integer.valueOf(y);
        }
        Matcher followUp = FOLLOW_UP.matcher(safeTitle);
        Integer followUpOf = followUp.find() ? Integer.valueOf(followUp.group(1)) : null;
        PersonRef askedBy = askedBy(safeTitle);
        String addressedTo = null;
        for (String line : headerLines) {
            Matcher label = LABEL.matcher(line.strip());
            if (!label.matches()) {
                continue;
            }
            if (label.group(1).equalsIgnoreCase("til") && addressedTo == null) {
                addressedTo = label.group(2).strip();
            } else if (label.group(1).equalsIgnoreCase("fra") && askedBy == null) {
                askedBy = person(label.group(2).strip());
            }
        }
        if (number == null && askedBy == null && addressedTo == null) {
            return null;
        }
        return new Question(number, year, followUpOf, askedBy, addressedTo);
    }

    private static PersonRef askedBy(String title) {
        Matcher m = ASKED_BY.matcher(title);
        while (m.find()) {
            if (Parties.isPartyLabel(m.group(2).strip())) {
                return new PersonRef(m.group(1).strip(), m.group(2).strip());
            }
        }
        return null;
    }

    private static PersonRef person(String text) {
        Matcher m = NAME_AND_PARTY.matcher(text);
        if (m.matches() && Parties.isPartyLabel(m.group(2).strip())) {
            return new PersonRef(m.group(1).strip(), m.group(2).strip());
        }
        return new PersonRef(text, null);
    }
}
