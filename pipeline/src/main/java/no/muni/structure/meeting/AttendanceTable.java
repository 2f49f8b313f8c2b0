package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.MeetingMember;
import no.muni.structure.politics.Parties;

/**
 * An attendance table as Elements, ACOS WebSak and Public 360 print it under an attendance label: a header
 * naming the columns ("Navn Funksjon Representerer", "Funksjon Navn Forfall Møtt for", "Parti Funksjon Navn",
 * "Navn Funksjon Medl. Varamedl. for") and one row per member. A clean rendering keeps a row a line with its
 * cells apart; a transcript runs the rows together ("Leder Terje Dahl, AP Medlem Randi Li, AP FO Medlem …",
 * "Arild Nohr Medlem AP Kristin Holm Varamedlem AP Morten Melå Øystein Moe Medlem H"), where every row has
 * one function word (Medlem, Leder, Varamedlem …), which the header's order places against its name and
 * party. A row marked "FO" (forfall) or "Forfall" is absent. The name a substitute met for is one read absent
 * before, or else the first half of the names between two rows.
 */
public final class AttendanceTable {

    private enum Column { NAME, ROLE, PARTY, FOR, ABSENCE }

    private static final Pattern HEADER_CELL = Pattern.compile("(?iu)\\G\\s*(?:(?<for>møtte?\\s+for|vara\\s+for|varamedl\\.?\\s+for)"
            + "|(?<name>navn)|(?<role>funksjon|rolle|verv)|(?<party>parti|representerer|repr\\.?|medl\\.)|(?<absence>forfall))(?![\\p{L}])");
    private static final Set<String> ROLES = Set.of("medlem", "leder", "nestleder", "varamedlem", "ordfører", "varaordfører",
            "varaordf.", "gruppeleder", "leiar", "nestleiar");
    private static final Set<String> ABSENCE = Set.of("FO", "Forfall", "forfall");
    /** Notes in a row after the name: "Permisjon fra kl 13", "Fra sak 124/16", "Kun sak 124/16". */
    private static final Set<String> NOTE_WORDS = Set.of("Permisjon", "Fra", "Kun", "Til", "Møtte", "Ikke");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\.?|\\p{Lu}[\\p{L}]?\\.(?:\\p{Lu}\\.)*");
    private static final Pattern CELLS = Pattern.compile("[ \\t]{2,}|\\t");
    /** A name has at least two words: a run shorter than two names is one. */
    private static final int MIN_NAME_WORDS = 2;
    private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}/]{2,10}");

    private AttendanceTable() {
    }

    /** A line that is only an attendance table's header ("Navn Funksjon Representerer"): no name of a unit or a person. */
    public static boolean isHeader(String line) {
        Matcher h = HEADER_CELL.matcher(line);
        int cells = 0;
        int end = 0;
        while (h.find()) {
            cells++;
            end = h.end();
        }
        return cells >= 2 && line.substring(end).isBlank();
    }

    /**
     * @param absent the names read absent before this list, one of which a substitute met for
     * @return the members of the list read as a table, or null when the list is no table
     */
    static List<MeetingMember> read(String list, String listRole, boolean present, List<String> absent) {
        Matcher h = HEADER_CELL.matcher(list);
        List<Column> columns = new ArrayList<>();
        int headerEnd = 0;
        while (h.find()) {
            columns.add(h.group("for") != null ? Column.FOR : h.group("name") != null ? Column.NAME
                    : h.group("role") != null ? Column.ROLE : h.group("party") != null ? Column.PARTY : Column.ABSENCE);
            headerEnd = h.end();
        }
        String rows = list.substring(headerEnd);
        List<String> lines = Arrays.stream(rows.split("\\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (columns.size() >= 2 && columns.contains(Column.NAME) && !lines.isEmpty()
                && lines.stream().allMatch(l -> CELLS.split(l).length >= 2)) {
            return cells(lines, columns, listRole, present);
        }
        boolean oneRowALine = lines.stream().allMatch(l -> Arrays.stream(l.split("\\s+")).filter(AttendanceTable::isRole).count() <= 1);
        if (columns.size() >= 2 && columns.contains(Column.NAME) && !lines.isEmpty() && oneRowALine) {
            List<String> absentSoFar = new ArrayList<>(absent);
            List<MeetingMember> members = new ArrayList<>();
            for (String l : lines) {
                MeetingMember member = line(l, columns, listRole, present, absentSoFar);
                if (member == null) {
                    break; // the table's rows are consecutive lines: "SAKSLISTE" or a heading ends it
                }
                members.add(member);
            }
            return members;
        }
        String[] tokens = rows.strip().split("\\s+");
        long roles = Arrays.stream(tokens).filter(AttendanceTable::isRole).count();
        boolean header = columns.size() >= 2 && columns.contains(Column.NAME);
        if (!header && (roles < 2 || list.contains("("))) {
            return null;
        }
        if (roles == 0) {
            return header ? List.of() : null;
        }
        return rows(tokens, header ? columns : inferred(tokens), listRole, present, absent);
    }

    /** A clean table: each line a row, its cells apart, in the header's columns. */
    private static List<MeetingMember> cells(List<String> lines, List<Column> columns, String listRole, boolean present) {
        List<MeetingMember> members = new ArrayList<>();
        for (String line : lines) {
            String[] cells = CELLS.split(line);
            String name = null;
            String role = listRole;
            String party = null;
            boolean here = present;
            for (int i = 0; i < Math.min(cells.length, columns.size()); i++) {
                String cell = cells[i].strip();
                switch (columns.get(i)) {
                    case NAME -> name = cell;
                    case ROLE -> role = isRole(cell) ? MemberReader.capitalised(cell) : role;
                    case PARTY -> party = cell;
                    case ABSENCE -> here = here && !ABSENCE.contains(cell);
                    case FOR -> { }
                }
            }
            if (name != null && isName(List.of(name.split("\\s+")))) {
                members.add(new MeetingMember(name, party, role, here));
            }
        }
        return members;
    }

    /**
     * A row on a line of its own, its cells run together ("Even Grønli Marte Kvåle SV" under "Navn Møtte for
     * Representerer"): the function word and the party label are known by their words, the names by the columns.
     */
    private static MeetingMember line(String line, List<Column> columns, String listRole, boolean present, List<String> absent) {
        String role = listRole;
        String party = null;
        boolean here = present;
        List<String> names = new ArrayList<>();
        for (String token : line.split("\\s+")) {
            String t = clean(token);
            if (isRole(t)) {
                role = listRole != null && t.equalsIgnoreCase("medlem") ? listRole : MemberReader.capitalised(t);
            } else if (ABSENCE.contains(t)) {
                here = false;
            } else if (isParty(t) && party == null) {
                party = t;
            } else if (isNameWord(t)) {
                names.add(t);
            } else {
                break;
            }
        }
        int forColumn = columns.indexOf(Column.FOR);
        if (forColumn > columns.indexOf(Column.NAME)) {
            names = names.subList(0, names.size() - forNameAtEnd(names, absent));
        } else if (forColumn >= 0) {
            names = names.subList(forName(names, absent), names.size());
        }
        if (!isName(names)) {
            return null;
        }
        String name = String.join(" ", names);
        if (!here) {
            absent.add(name);
        }
        return new MeetingMember(name, party, role, here);
    }

    /** How many last words name the member a substitute met for: one read absent, or else the second half of two names. */
    private static int forNameAtEnd(List<String> words, List<String> absent) {
        int known = trailingAbsent(words, absent);
        return known > 0 ? known : words.size() >= 2 * MIN_NAME_WORDS ? words.size() / 2 : 0;
    }

    /** Without a header: the words before the first function word say whether names or parties lead the rows. */
    private static List<Column> inferred(String[] tokens) {
        int first = 0;
        while (!isRole(tokens[first])) {
            first++;
        }
        if (first == 0) {
            return List.of(Column.ROLE, Column.NAME, Column.PARTY);
        }
        return isParty(tokens[first - 1]) && first == 1 ? List.of(Column.PARTY, Column.ROLE, Column.NAME)
                : List.of(Column.NAME, Column.ROLE, Column.PARTY);
    }

    /** A transcript's rows run together: each row is found by its function word. */
    private static List<MeetingMember> rows(String[] tokens, List<Column> columns, String listRole, boolean present,
                                            List<String> absent) {
        List<Integer> roles = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (isRole(tokens[i])) {
                roles.add(i);
            }
        }
        int roleColumn = columns.indexOf(Column.ROLE);
        int nameColumn = columns.indexOf(Column.NAME);
        int partyColumn = columns.indexOf(Column.PARTY);
        boolean partyAfterRole = partyColumn > roleColumn;
        boolean partyBeforeRole = partyColumn >= 0 && partyColumn == roleColumn - 1;
        boolean forColumn = columns.contains(Column.FOR);
        List<MeetingMember> members = new ArrayList<>();
        if (roleColumn < 0 || nameColumn < 0) {
            return members;
        }
        List<String> absentSoFar = new ArrayList<>(absent);
        int from = 0;
        String previousRole = null;
        for (int r = 0; r < roles.size(); r++) {
            int at = roles.get(r);
            int next = r + 1 < roles.size() ? roles.get(r + 1) : tokens.length;
            String role = MemberReader.capitalised(clean(tokens[at]));
            List<String> name;
            String party = null;
            boolean here = present;
            if (nameColumn < roleColumn) {
                // "… AP Morten Melå Øystein Moe Varamedlem AP …": the words before the function word, after what the row before kept
                List<String> run = words(tokens, from, at);
                if (forColumn && "Varamedlem".equals(previousRole)) {
                    run = run.subList(forName(run, absentSoFar), run.size());
                }
                name = run;
                int k = at + 1;
                if (partyAfterRole && k < next && isParty(tokens[k])) {
                    party = clean(tokens[k]);
                    k++;
                }
                if (k < next && ABSENCE.contains(clean(tokens[k]))) {
                    here = false;
                    k++;
                }
                from = k;
            } else {
                // "Medlem Randi Li, AP FO", "AP Medlem Berg Bernt Johan": the name follows the function word
                if (partyBeforeRole && at > 0 && isParty(tokens[at - 1])) {
                    party = clean(tokens[at - 1]);
                }
                int end = partyBeforeRole && next < tokens.length ? next - 1 : next;
                List<String> run = new ArrayList<>();
                int k = at + 1;
                for (; k < end && isNameWord(tokens[k]) && !isParty(tokens[k]) && !ABSENCE.contains(clean(tokens[k])); k++) {
                    run.add(clean(tokens[k]));
                    if (tokens[k].endsWith(",")) {
                        k++;
                        break;
                    }
                }
                if (party == null && k < end && isParty(tokens[k])) {
                    party = clean(tokens[k]);
                    k++;
                }
                for (; k < end; k++) {
                    here = here && !ABSENCE.contains(clean(tokens[k]));
                }
                if (role.equals("Varamedlem") && (forColumn || run.size() >= 4)) {
                    // a substitute's row names the member it met for, in the next column, whatever the header calls it
                    run = run.subList(0, run.size() - forNameAtEnd(run, absentSoFar));
                }
                name = run.size() > 4 ? run.subList(0, 4) : run;
            }
            previousRole = role;
            if (isName(name)) {
                members.add(new MeetingMember(String.join(" ", name), party, listRole != null && role.equals("Medlem") ? listRole : role, here));
                if (!here) {
                    absentSoFar.add(String.join(" ", name));
                }
            }
        }
        return members;
    }

    /** Where the name a substitute met for ends and the next row's name starts. */
    private static int forName(List<String> run, List<String> absent) {
        String joined = String.join(" ", run);
        for (String a : absent) {
            if (joined.startsWith(a + " ")) {
                return a.split("\\s+").length;
            }
        }
        return run.size() >= 2 * MIN_NAME_WORDS ? run.size() / 2 : 0;
    }

    /** How many of a substitute's last words name a member read absent. */
    private static int trailingAbsent(List<String> run, List<String> absent) {
        String joined = String.join(" ", run);
        for (String a : absent) {
            if (joined.endsWith(" " + a)) {
                return a.split("\\s+").length;
            }
        }
        return 0;
    }

    private static List<String> words(String[] tokens, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = clean(tokens[i]);
            if (isNameWord(tokens[i]) && !isParty(tokens[i]) && !NOTE_WORDS.contains(t)) {
                words.add(t);
            } else {
                words.clear(); // what precedes a note or a stray word belongs to the row before
            }
        }
        return words;
    }

    private static boolean isRole(String token) {
        return ROLES.contains(token.toLowerCase(Locale.ROOT).replaceAll(",$", "")) && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isParty(String token) {
        String t = clean(token);
        return !ABSENCE.contains(t) && (Parties.isPartyLabel(t) || CAPITALS.matcher(t).matches());
    }

    private static boolean isNameWord(String token) {
        String t = clean(token);
        return NAME_WORD.matcher(t).matches() && !isRole(t) && !NOTE_WORDS.contains(t);
    }

    private static boolean isName(List<String> words) {
        return words.size() >= MIN_NAME_WORDS && words.size() <= 5 && words.stream().allMatch(w -> NAME_WORD.matcher(w).matches())
                && words.stream().anyMatch(w -> w.length() > 2 && !w.endsWith("."));
    }

    private static String clean(String token) {
        return token.replaceAll("[,;]+$", "");
    }
}
