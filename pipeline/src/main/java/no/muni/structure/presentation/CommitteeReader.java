package no.muni.structure.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Presentation.Committee;
import no.muni.model.Presentation.CommitteeMember;
import no.muni.structure.politics.Parties;

/**
 * Reads a committee's composition as slides list it, flattened to one line: role labels
 * ("Leder:", "Medlemmer:") followed by members, each a name, often a description of other offices
 * ("Varaordfører/BS/FS"), and the party last. The party closes a member's entry.
 */
final class CommitteeReader {

    private static final Pattern ROLE_LABEL = Pattern.compile(
            "(?u)^(Leder|Nestleder|Medlemmer|Medlem|Varamedlemmer|Varamedlem|Sekretær|Sekretariat):$");
    private static final Map<String, String> ROLE_OF_LABEL = Map.of(
            "Medlemmer", "Medlem", "Varamedlemmer", "Varamedlem");
    /** Words that end a name: offices people hold. */
    private static final Pattern OFFICE = Pattern.compile(
            "(?iu)^(?:\\p{L}*leder|medlem|varamedlem|\\p{L}*ordfører|rådmann|kommunedirektør|sekretær|representant)\\b.*");
    private static final Pattern NAME_WORD = Pattern.compile("^(?:\\p{Lu}[\\p{L}'-]+|\\p{Lu}\\.)$");
    private static final Pattern COMMITTEE_NAME = Pattern.compile(
            "(?iu)\\b((?:ad hoc-|politisk[e]? |\\p{L}+)utvalg(?:et)?(?: for \\p{L}+)?|arbeidsgruppe(?:n)?|komit[ée](?:en)?)\\b");
    private static final int MAX_NAME_WORDS = 4;

    /** The committee listed in the text, or null when no role label opens a list of members with parties. */
    Committee read(String text) {
        String[] words = text.split("\\s+");
        int start = firstLabel(words);
        if (start < 0) {
            return null;
        }
        List<CommitteeMember> members = new ArrayList<>();
        String role = null;
        List<String> entry = new ArrayList<>();
        for (int i = start; i < words.length; i++) {
            Matcher label = ROLE_LABEL.matcher(words[i]);
            if (label.matches()) {
                role = ROLE_OF_LABEL.getOrDefault(label.group(1), label.group(1));
                entry.clear();
            } else if (Parties.isPartyWord(words[i]) && !entry.isEmpty() && closesEntry(words, i)) {
                String name = name(entry);
                if (name != null) {
                    members.add(new CommitteeMember(name, role, words[i]));
                }
                entry.clear();
            } else {
                entry.add(words[i]);
            }
        }
        return members.size() < 2 ? null : new Committee(committeeName(text), members);
    }

    private static int firstLabel(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (ROLE_LABEL.matcher(words[i]).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A party word ends an entry when the next word starts a name or a label, or the list ends. */
    private static boolean closesEntry(String[] words, int i) {
        return i + 1 == words.length || ROLE_LABEL.matcher(words[i + 1]).matches()
                || NAME_WORD.matcher(words[i + 1]).matches() && !Parties.isPartyWord(words[i + 1]);
    }

    private static String name(List<String> entry) {
        List<String> name = new ArrayList<>();
        for (String word : entry) {
            if (!NAME_WORD.matcher(word).matches() || OFFICE.matcher(word).matches() || name.size() == MAX_NAME_WORDS) {
                break;
            }
            name.add(word);
        }
        return name.size() >= 2 ? String.join(" ", name) : null;
    }

    private static String committeeName(String text) {
        Matcher m = COMMITTEE_NAME.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
