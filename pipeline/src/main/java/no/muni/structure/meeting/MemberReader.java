package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.MeetingMember;
import no.muni.structure.politics.Parties;

/**
 * The members of a meeting from the attendance lists minutes print: "Faste medlemmer som møtte:",
 * "Møtende medlemmer:", "Til stede:", "Følgende medlemmer/varamedlemmer møtte:" (present), "Forfall:",
 * "Ikke møtt:" (absent), "Varamedlemmer som møtte:", "Møtende varamedlemmer:" (substitutes, present),
 * "Innkalte:" (called; present unless the row says "FO"/"Forfall"). A list is either entries separated by
 * commas, semicolons or lines ("Ola Nordmann (Ap)", "Kari Hansen, H", "Per Li (SV) for Ola Nordmann",
 * "Leder Kari Hansen (H)") or a table of the case systems ({@link AttendanceTable}: "Navn Funksjon
 * Representerer", rows "Medlem Kari Hansen AP").
 */
final class MemberReader {

    private static final Pattern LIST_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "(?<present>faste\\s+medlemmer\\s+som\\s+møtte|møtende\\s+medlemmer|(?:følgende\\s+)?medlemmer(?:/varamedlemmer)?\\s+(?:som\\s+)?møtte"
            + "|til\\s+stede(?:\\s+på\\s+møtet)?|tilstede|møtt)"
            + "|(?<called>innkalte)"
            + "|(?<absent>forfall|meldt\\s+forfall|ikke\\s+møtt|fravær)"
            + "|(?<deputy>varamedlemmer\\s+som\\s+møtte|møtende\\s+varamedlemmer|varamedlemmer|vararepresentanter\\s+som\\s+møtte))"
            + "\\s*:");
    /**
     * Where an attendance list ends: a blank line or the next label of the form ("Fra administrasjonen møtte:",
     * "MERKNADER:"), whose words after the first are in lower case — a party label before it is the last row's.
     */
    private static final Pattern LIST_END = Pattern.compile("\\n\\s*\\n|(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,5}|\\p{Lu}{3,}):");
    private static final Pattern ENTRY_SEPARATOR = Pattern.compile("\\s*[,;\\n]\\s*(?![^()]*\\))|\\s+og\\s+");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(leder|nestleder|medlem|varamedlem|ordfører|varaordfører|gruppeleder)\\s+|\\s+(leder|nestleder|medlem|varamedlem)$");
    private static final Pattern PARTY_IN_PARENTHESES = Pattern.compile("\\s*\\(([^()]{1,40})\\)");
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile("(?iu)\\s+(?:for|vara for)\\s+.*$");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,4}$");

    private MemberReader() {
    }

    static List<MeetingMember> read(String text) {
        List<MeetingMember> members = new ArrayList<>();
        Matcher label = LIST_LABEL.matcher(text);
        while (label.find()) {
            boolean deputy = label.group("deputy") != null;
            boolean present = label.group("absent") == null;
            String rest = text.substring(label.end());
            Matcher end = LIST_END.matcher(rest);
            String list = end.find() ? rest.substring(0, end.start()) : rest;
            Matcher nextList = LIST_LABEL.matcher(list);
            if (nextList.find()) {
                list = list.substring(0, nextList.start()); // "møtte: 35 av 37 Følgende medlemmer møtte: Navn …"
            }
            List<MeetingMember> table = AttendanceTable.read(list, deputy ? "Varamedlem" : null, present, absentNames(members));
            if (table != null) {
                members.addAll(table);
                continue;
            }
            for (String entry : ENTRY_SEPARATOR.split(list)) {
                MeetingMember member = member(entry.strip(), deputy ? "Varamedlem" : null, present);
                if (member != null) {
                    members.add(member);
                }
            }
        }
        return members;
    }

    /** The members read absent so far: a substitute's row names the one it met for. */
    private static List<String> absentNames(List<MeetingMember> members) {
        return members.stream().filter(m -> Boolean.FALSE.equals(m.present())).map(MeetingMember::name).toList();
    }

    private static MeetingMember member(String entry, String listRole, Boolean present) {
        String e = SUBSTITUTE_FOR.matcher(entry).replaceAll("");
        String party = null;
        Matcher p = PARTY_IN_PARENTHESES.matcher(e);
        if (p.find() && Parties.isPartyLabel(p.group(1).strip())) {
            party = p.group(1).strip();
        }
        e = PARTY_IN_PARENTHESES.matcher(e).replaceAll("").strip();
        String role = listRole;
        Matcher r = ROLE.matcher(e);
        if (r.find()) {
            role = capitalised(r.group(1) != null ? r.group(1) : r.group(2));
            e = (e.substring(0, r.start()) + " " + e.substring(r.end())).strip();
        }
        String[] words = e.split("\\s+");
        if (party == null && words.length > 2 && Parties.isPartyLabel(words[words.length - 1])) {
            party = words[words.length - 1];
            e = e.substring(0, e.lastIndexOf(' ')).strip();
        }
        return NAME.matcher(e).matches() ? new MeetingMember(e, party, role, present) : null;
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
