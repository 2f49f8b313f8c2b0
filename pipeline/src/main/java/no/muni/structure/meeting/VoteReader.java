package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Votes;
import no.muni.structure.politics.Parties;

/**
 * How minutes write a vote: "Enstemmig vedtatt", "Innstillingen ble enstemmig vedtatt", "vedtatt med
 * 25 mot 10 stemmer (H, FrP)", "falt med 12 mot 23 stemmer", "vedtatt mot 3 stemmer", "20 stemmer for,
 * 15 mot". The party labels in parentheses after a count are the parties written with the vote.
 */
final class VoteReader {

    private static final Pattern UNANIMOUS = Pattern.compile("(?iu)(?<![\\p{L}])enstemmi(?:g|t)(?![\\p{L}])");
    private static final Pattern FOR_AGAINST = Pattern.compile("(?iu)(\\d{1,3})\\s+(?:mot|–|-)\\s+(\\d{1,3})\\s+stemmer");
    private static final Pattern FOR_THEN_AGAINST = Pattern.compile(
            "(?iu)(\\d{1,3})\\s+stemmer\\s+for\\b[^\\d]{0,20}?(\\d{1,3})\\s+(?:stemmer\\s+)?mot");
    private static final Pattern AGAINST_ONLY = Pattern.compile("(?iu)\\bmot\\s+(\\d{1,3})\\s+stemmer?");
    private static final Pattern ADOPTED = Pattern.compile("(?iu)\\b(?:vedtatt|vedtas|bifalt|enstemmig)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})|\\n\\s*\\n");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,80})\\)");

    private VoteReader() {
    }

    /** @return the vote written in the text, or null when it writes none */
    static Votes read(String text) {
        Count count = null;
        for (String sentence : SENTENCE_END.split(text)) {
            Count c = count(sentence);
            if (c != null && (count == null || ADOPTED.matcher(sentence).find() && !ADOPTED.matcher(count.sentence()).find())) {
                count = c;
            }
        }
        if (count != null) {
            return new Votes(false, count.forCount(), count.againstCount(), parties(count.sentence().substring(count.end())));
        }
        return UNANIMOUS.matcher(text).find() ? new Votes(true, null, null, List.of()) : null;
    }

    /** The counts of one sentence; a motion that fell ("falt med 5 mot 30") counts only when nothing was adopted. */
    private record Count(Integer forCount, Integer againstCount, String sentence, int end) {}

    private static Count count(String sentence) {
        Matcher m = FOR_AGAINST.matcher(sentence);
        if (m.find()) {
            return new Count(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), sentence, m.end());
        }
        Matcher n = FOR_THEN_AGAINST.matcher(sentence);
        if (n.find()) {
            return new Count(Integer.valueOf(n.group(1)), Integer.valueOf(n.group(2)), sentence, n.end());
        }
        Matcher a = AGAINST_ONLY.matcher(sentence);
        return a.find() ? new Count(null, Integer.valueOf(a.group(1)), sentence, a.end()) : null;
    }

    /** The party labels of the parentheses that follow a count in its sentence. */
    private static List<String> parties(String after) {
        LinkedHashSet<String> parties = new LinkedHashSet<>();
        Matcher p = PARENTHESES.matcher(after);
        while (p.find()) {
            List<String> labels = new ArrayList<>();
            for (String label : p.group(1).split("\\s*(?:,|\\bog\\b|\\+|/)\\s*")) {
                if (Parties.isPartyLabel(label.strip())) {
                    labels.add(label.strip());
                }
            }
            parties.addAll(labels);
        }
        return List.copyOf(parties);
    }
}
