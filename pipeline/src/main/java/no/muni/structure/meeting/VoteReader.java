package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Votes;
import no.muni.structure.politics.Parties;

/**
 * How minutes write a vote: "Enstemmig vedtatt", "Innstillingen ble enstemmig vedtatt", "vedtatt med
 * 25 mot 10 stemmer (H, FrP)", "vedtatt med 5 mot 1 stemme", "falt med 12 mot 23 stemmer", "vedtatt mot
 * 3 stemmer", "20 stemmer for, 15 mot". One item often has several votes — an amendment that fell, a
 * point adopted apart, the innstilling as a whole — each in its own clause; the item's vote is the count
 * of a clause that adopts, the innstilling's before another's and otherwise the last; where only a motion
 * fell with a count and the rest was adopted unanimously, the vote is unanimous. The party labels in parentheses after a count ("(H, FrP)", "(H og
 * FRP stemte for.)") are the parties written with the vote.
 */
final class VoteReader {

    private static final Pattern UNANIMOUS = Pattern.compile("(?iu)(?<![\\p{L}])enstemmi(?:g|t)(?![\\p{L}])");
    private static final Pattern FOR_AGAINST = Pattern.compile("(?iu)(\\d{1,3})\\s+(?:mot|–|-)\\s+(\\d{1,3})\\s+stemmer?\\b");
    private static final Pattern FOR_THEN_AGAINST = Pattern.compile(
            "(?iu)(\\d{1,3})\\s+stemmer?\\s+for\\b[^\\d]{0,20}?(\\d{1,3})\\s+(?:stemmer?\\s+)?mot");
    private static final Pattern AGAINST_ONLY = Pattern.compile("(?iu)\\bmot\\s+(\\d{1,3})\\s+stemmer?\\b");
    /** A motion that was voted down: "falt", "ble forkastet", "ble ikke vedtatt". Read before {@link #ADOPTED}. */
    private static final Pattern FELL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:falt|forkastet|nedstemt|avvist|ikke\\s+(?:vedtatt|bifalt|godkjent))(?![\\p{L}])");
    private static final Pattern ADOPTED = Pattern.compile("(?iu)(?<![\\p{L}])(?:vedtatt|vedtas|bifalt|enstemmig|godkjent)(?![\\p{L}])");
    /** The clause names the proposal as a whole: "Innstillingen ble vedtatt", "Formannskapets innstilling", "samlet". */
    private static final Pattern WHOLE = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}*innstilling(?:en)?|samlet|i\\s+sin\\s+helhet)(?![\\p{L}])");
    /**
     * Where a clause ends: a sentence end ("stemmer. (H stemte mot.)" ends after the parenthesis), a blank line,
     * or a line end before a capital (a line wrapped in its sentence goes on in lower case or with a number).
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[.!?](?!\\s*\\()\\)?(?=\\s|$)|\\n(?=[ \\t]*(?:\\p{Lu}|\\n))");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,80})\\)");

    private VoteReader() {
    }

    /**
     * @return the vote written in the text, or null when it writes none: an adopting count first, then a
     *     unanimous adoption (the amendment fell, "Innstillingen ble enstemmig vedtatt"), then any count
     */
    static Votes read(String text) {
        List<Count> counts = counts(text);
        Optional<Count> adopted = counts.stream().filter(c -> c.outcome() == Outcome.ADOPTED)
                .max(Comparator.comparing((Count c) -> WHOLE.matcher(c.clause()).find()).thenComparingInt(Count::start));
        if (adopted.isEmpty() && UNANIMOUS.matcher(text).find()) {
            return new Votes(true, null, null, List.of());
        }
        return adopted.or(() -> counts.stream().filter(c -> c.outcome() == Outcome.UNSAID).reduce((a, b) -> b))
                .or(() -> counts.stream().reduce((a, b) -> b))
                .map(c -> new Votes(false, c.forCount(), c.againstCount(), parties(c.after())))
                .orElse(null);
    }

    private enum Outcome { ADOPTED, FELL, UNSAID }

    /** One count with its clause (from the clause's start to the count), what follows it up to the clause's end, and how it went. */
    private record Count(Integer forCount, Integer againstCount, int start, String clause, String after, Outcome outcome) {}

    private static List<Count> counts(String text) {
        List<Count> counts = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Pattern p : List.of(FOR_AGAINST, FOR_THEN_AGAINST, AGAINST_ONLY)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (taken.stream().anyMatch(t -> start < t[1] && t[0] < end)) {
                    continue;
                }
                taken.add(new int[] {start, end});
                boolean both = m.groupCount() == 2;
                int clauseStart = clauseStart(text, start);
                int clauseEnd = clauseEnd(text, end);
                String clause = text.substring(clauseStart, clauseEnd);
                counts.add(new Count(both ? Integer.valueOf(m.group(1)) : null, Integer.valueOf(m.group(both ? 2 : 1)), start,
                        clause, text.substring(end, clauseEnd), outcome(clause)));
            }
        }
        counts.sort(Comparator.comparingInt(Count::start));
        return counts;
    }

    private static Outcome outcome(String clause) {
        if (FELL.matcher(clause).find()) {
            return Outcome.FELL;
        }
        return ADOPTED.matcher(clause).find() ? Outcome.ADOPTED : Outcome.UNSAID;
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(text).region(0, at);
        while (end.find()) {
            start = end.end();
        }
        return start;
    }

    private static int clauseEnd(String text, int from) {
        Matcher end = CLAUSE_END.matcher(text).region(from, text.length());
        return end.find() ? end.end() : text.length();
    }

    /** The party labels that open the parentheses after a count: "(H, FrP)", "(H og FRP stemte for.)". */
    private static List<String> parties(String after) {
        LinkedHashSet<String> parties = new LinkedHashSet<>();
        Matcher p = PARENTHESES.matcher(after);
        while (p.find()) {
            for (String label : p.group(1).split("\\s*(?:,|\\bog\\b|\\+|/)\\s*|\\s+")) {
                String l = label.strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (!Parties.isPartyLabel(l)) {
                    break;
                }
                parties.add(l);
            }
        }
        return List.copyOf(parties);
    }
}
