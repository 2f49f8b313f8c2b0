package no.muni.structure.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.structure.dates.NorwegianDates;
import no.muni.structure.politics.Bodies;

/**
 * The header of a meeting document, as the case systems print it: "Utvalg: Formannskapet",
 * "Møtested: Rådhuset", "Møtedato: 14.03.2023", "Tid: 18:00 - 21:30" (also "Styre/råd/utvalg:",
 * "Møtedato/tid :", "Tidspunkt:", ePhorte's "Tidspunkt - fra:" / "Tidspunkt - til:", and in Nynorsk "Utval:",
 * "Møtestad:", "Stad:"). In a flattened transcript labels and values run together on one line,
 * and a table's labels may all come before its values; a label's value is what stands up to the next
 * label. Where no label names the body, the first body named in the head is it ("Møteprotokoll
 * Kommunestyret", "Formannskapet har møte…").
 */
final class MeetingForm {

    record Header(String body, String bodyAsWritten, LocalDate date, String place, String startTime, String endTime) {}

    private enum Field { BODY, PLACE, DATE, TIME, DATE_AND_TIME, OTHER }

    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}/])(?:"
            + "(?<body>utvalg/styre/råd|styre/råd/utvalg|utvalg|utval|organ)"
            + "|(?<place>møtested(?:/lokaler)?|møtesta[dt]|sted|stad)"
            + "|(?<dateTime>møtedato/tid|tidspunkt)"
            + "|(?<date>møtedato|dato)"
            + "|(?<time>møtetid|tid|kl|tidspunkt\\s*-\\s*(?:fra|til))"
            + "|(?<other>(?:fra\\s+)?(?:til\\s+)?saks?nr|sak\\s+fra\\s*/\\s*til|fra\\s+og\\s+med|innkalte|til\\s+stede(?:\\s+på\\s+møtet)?|deltagere"
            + "|deltakere|forfall|møteleder|sekretær|protokollfører|arkivsak|merknader|saksliste|sakliste|kopi"
            + "|møteansvarlig|innkallingsmåte|medlemmer))\\.?\\s*:");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])([01]?\\d|2[0-3])[:.]([0-5]\\d)(?![\\d.:])");
    /**
     * Where an attendance table or the absence formula starts after a value in a flattened header: "… Følgende
     * medlemmer møtte: Navn Funksjon …", "Tidspunkt: Kl. 12:00 Forfall meldes … innen 3. mars" (a deadline, not the date).
     */
    private static final Pattern VALUE_END = Pattern.compile("(?iu)\\s(?:følgende\\s|navn\\s+funksjon|funksjon\\s+navn|av\\s+utvalgets"
            + "|faste\\s+medlemmer|møtende\\s|representanter\\s*:|(?:eventuel(?:t|le)\\s+)?forfall\\s+(?:meldes|må))");
    private static final Pattern ALL_CAPS_WORD = Pattern.compile("\\s\\p{Lu}{4,}(?:\\s|$)");
    /** Label values longer than this have run into the next part of the page. */
    private static final int MAX_VALUE = 120;
    /** A body named without a label names the meeting only where the form's title is: at the top. */
    private static final int UNLABELLED_BODY_WITHIN = 250;

    private MeetingForm() {
    }

    static Header read(String head) {
        List<Labelled> labelled = labelled(head);
        String body = null;
        String place = null;
        LocalDate date = null;
        List<String> times = new ArrayList<>();
        for (Labelled l : labelled) {
            switch (l.field()) {
                case BODY -> {
                    Bodies.Match m = Bodies.find(l.value(), 0);
                    if (body == null && m != null) {
                        body = m.text();
                    }
                }
                case PLACE -> place = place == null && !l.value().isEmpty() ? l.value() : place;
                case DATE, DATE_AND_TIME -> date = date == null ? NorwegianDates.first(l.value()).orElse(null) : date;
                default -> { }
            }
            if (l.field() == Field.TIME || l.field() == Field.DATE_AND_TIME || l.field() == Field.DATE) {
                Matcher t = TIME.matcher(l.value());
                while (t.find()) {
                    times.add(String.format(Locale.ROOT, "%02d:%s", Integer.parseInt(t.group(1)), t.group(2)));
                }
            }
        }
        if (body == null) {
            Bodies.Match m = Bodies.find(head.substring(0, Math.min(UNLABELLED_BODY_WITHIN, head.length())), 0);
            body = m == null ? null : m.text();
        }
        if (place != null && body != null && place.startsWith(body)) {
            place = place.substring(body.length()).strip();
        }
        return new Header(body == null ? null : Bodies.canonical(body), body, date, place == null || place.isEmpty() ? null : place,
                times.isEmpty() ? null : times.get(0), times.size() < 2 ? null : times.get(1));
    }

    private record Labelled(Field field, String value) {}

    private static List<Labelled> labelled(String head) {
        List<Labelled> out = new ArrayList<>();
        Matcher m = LABEL.matcher(head);
        Field field = null;
        int valueStart = 0;
        while (m.find()) {
            if (field != null) {
                out.add(new Labelled(field, value(head.substring(valueStart, m.start()))));
            }
            field = m.group("body") != null ? Field.BODY : m.group("place") != null ? Field.PLACE
                    : m.group("dateTime") != null ? Field.DATE_AND_TIME : m.group("date") != null ? Field.DATE
                    : m.group("time") != null ? Field.TIME : Field.OTHER;
            valueStart = m.end();
        }
        if (field != null) {
            out.add(new Labelled(field, value(head.substring(valueStart))));
        }
        return out;
    }

    /**
     * A value ends at a line break, at its length limit, where an attendance table starts, or where a
     * capitals-only heading follows mixed-case text.
     */
    private static String value(String raw) {
        String v = raw.strip().split("\n", 2)[0].strip();
        if (v.length() > MAX_VALUE) {
            v = v.substring(0, MAX_VALUE);
        }
        Matcher end = VALUE_END.matcher(v);
        if (end.find()) {
            v = v.substring(0, end.start());
        }
        Matcher caps = ALL_CAPS_WORD.matcher(v);
        if (caps.find() && !v.substring(0, caps.start()).equals(v.substring(0, caps.start()).toUpperCase(Locale.ROOT))) {
            v = v.substring(0, caps.start());
        }
        return v.replaceAll("[\\s,;]+$", "").strip();
    }
}
