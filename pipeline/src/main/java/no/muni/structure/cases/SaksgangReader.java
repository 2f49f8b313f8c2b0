package no.muni.structure.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.CaseRoute;
import no.muni.structure.dates.NorwegianDates;
import no.muni.structure.politics.Bodies;

/**
 * A case's way through the bodies (saksgang), from the table under "Saksgang", "Utvalg Møtedato",
 * "Utvalgssaksnr" or "Saken behandles i": one row per body, with its meeting date and item number. Case
 * systems order the columns differently ("1/17 Formannskapet 12.01.2017", "Formannskapet 19.10.2022
 * 88/22"); the cells before the first body tell how many of each row come before its body. In a flattened header the rows run on one
 * line up to the next label; in a clean one each row is a line that names a body.
 */
final class SaksgangReader {

    private static final Pattern HEADER = Pattern.compile("(?iu)(?<![\\p{L}])(?:saksgang|saken\\s+behandles\\s+i|behandlingsrekkefølge"
            + "|utvalgssaksnr|utvalg\\s+møtedato|møtedato\\s+saknr)(?![\\p{L}])\\s*:?");
    /** What ends a flattened table: the next labelled field, or the text's first part. */
    private static final Pattern END = Pattern.compile("(?iu)\\s(?:\\p{L}+s\\s+)?(?:innstilling|forslag\\s+til\\s+vedtak|saksopplysninger|vedlegg"
            + "|sammendrag|saksbeh\\p{L}*\\.?\\s*:|arkiv\\p{L}*\\.?\\s*:)");
    private static final Pattern DATE = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?![\\d.])");
    private static final Pattern ITEM_NUMBER = Pattern.compile("(?<![\\d./])\\d{0,4}/(?:\\d{4}|\\d{2})(?![\\d/])");
    private static final int MAX_FLAT_TABLE = 400;

    private SaksgangReader() {
    }

    static List<CaseRoute> read(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            Matcher header = HEADER.matcher(body.get(i).text());
            if (!header.find()) {
                continue;
            }
            String rest = body.get(i).text().substring(header.end());
            StringBuilder table = new StringBuilder(rest);
            if (Bodies.find(rest, 0) == null) {
                for (int k = i + 1; k < body.size() && Bodies.find(body.get(k).text(), 0) != null
                        && !END.matcher(" " + body.get(k).text()).lookingAt(); k++) {
                    table.append('\n').append(body.get(k).text());
                }
            }
            List<CaseRoute> route = rows(flatTable(table.toString()));
            if (!route.isEmpty()) {
                return route;
            }
        }
        return List.of();
    }

    private static String flatTable(String text) {
        String t = text.length() > MAX_FLAT_TABLE ? text.substring(0, MAX_FLAT_TABLE) : text;
        Matcher end = END.matcher(t);
        return end.find() ? t.substring(0, end.start()) : t;
    }

    private record Token(int start, int end, String body, String number, LocalDate date) {}

    private static List<CaseRoute> rows(String table) {
        List<Token> tokens = new ArrayList<>();
        for (Bodies.Match m = Bodies.find(table, 0); m != null; m = Bodies.find(table, m.end())) {
            tokens.add(new Token(m.start(), m.end(), Bodies.canonical(m.text()), null, null));
        }
        if (tokens.isEmpty()) {
            return List.of();
        }
        Matcher d = DATE.matcher(table);
        while (d.find()) {
            tokens.add(new Token(d.start(), d.end(), null, null, NorwegianDates.first(d.group()).orElse(null)));
        }
        Matcher n = ITEM_NUMBER.matcher(table);
        while (n.find()) {
            tokens.add(new Token(n.start(), n.end(), null, n.group(), null));
        }
        tokens.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Integer> bodies = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).body() != null) {
                bodies.add(i);
            }
        }
        int leading = bodies.getFirst();
        List<CaseRoute> route = new ArrayList<>();
        for (int r = 0; r < bodies.size(); r++) {
            int from = r == 0 ? 0 : Math.max(bodies.get(r - 1) + 1, bodies.get(r) - leading);
            int to = r + 1 < bodies.size() ? bodies.get(r + 1) - leading : tokens.size();
            String number = null;
            LocalDate date = null;
            for (Token t : tokens.subList(from, Math.max(from, to))) {
                number = number == null ? t.number() : number;
                date = date == null ? t.date() : date;
            }
            route.add(new CaseRoute(tokens.get(bodies.get(r)).body(), number, date));
        }
        return route;
    }
}
