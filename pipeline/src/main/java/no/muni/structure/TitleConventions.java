package no.muni.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.structure.politics.Bodies;

/**
 * Where documents put their title when it is not a line of its own: a transcript's cover page
 * ("1 RÅDMANN FRIVILLIGHETSMELDING for Ringsaker Vedtatt i kommunestyret 12. mai 2010."), a column's
 * kicker ("Ordførerens spalte i Lokalavisen, mars 2021: Nå har…"), or a case document's flattened
 * header, where the sak title stands between the header table and the first section heading
 * ("… Saksnummer Utvalg Møtedato 15/11 Formannskapet Orientering Innføring av … Innledning …").
 * Page headers and footers ("Side 147", "Page 1 of 10", a transcript's "Page 1") are never titles.
 */
final class TitleConventions {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}\\s+");
    private static final Pattern ADOPTION = Pattern.compile("(?u)\\s+(?:Vedtatt|VEDTATT|Behandlet|Godkjent|Revidert)\\b.*$");
    /** "Side 3 av 40", "Page 1 of 10", and a transcript's page marker on a line of its own ("Page 1"). */
    private static final Pattern PAGE_LINE = Pattern.compile("(?iu)\\bside\\s*\\d+(?:\\s+av\\s+\\d+)?\\b|\\bpage\\s+\\d+\\s+of\\s+\\d+|^\\s*page\\s+\\d+\\s*$");
    private static final Pattern KICKER = Pattern.compile("^([^:.!?]{10,120}):\\s+\\p{Lu}");
    private static final int MIN_KICKER_WORDS = 3;
    private static final int MAX_KICKER_WORDS = 12;
    private static final int KICKER_WINDOW = 200;
    /** The section headings a saksframlegg opens its text with. */
    private static final Pattern FIRST_SECTION = Pattern.compile("(?u)\\s(?:Innledning|Bakgrunn|Sammendrag|Saksopplysninger|Saken gjelder"
            + "|Vurdering|Hjemmel|Forslag til vedtak|Innstilling)\\s+\\p{Lu}");
    /** What a case header table holds: its labels, item numbers and the kind of the sak. */
    private static final Pattern CASE_HEADER_TOKEN = Pattern.compile("(?iu)(?<![\\p{L}])(?:orientering|referatsak|saksframlegg|saksutredning"
            + "|møtedato|utvalg|saksnummer|saksnr|arkivsaksnr|arkiv|løpenr|dato|saksbehandler)(?![\\p{L}])[.:]?|\\d*/\\d{2,4}");
    private static final int MIN_CASE_LABELS = 3;
    private static final int CASE_HEADER_WINDOW = 600;
    private static final int MAX_CASE_TITLE_WORDS = 20;

    private TitleConventions() {
    }

    /** A candidate line as a title: without a transcript's page number or a cover's adoption note. */
    static String cover(String text, boolean pageTranscript) {
        String t = pageTranscript ? PAGE_NUMBER.matcher(text.strip()).replaceFirst("") : text.strip();
        String cut = ADOPTION.matcher(t).replaceFirst("");
        return cut.split("\\s+").length >= 2 ? cut : t;
    }

    static boolean isPageLine(String text) {
        return PAGE_LINE.matcher(text).find();
    }

    /** "Ordførerens spalte i Lokalavisen, mars 2021" of a text that opens "Ordførerens spalte …: Nå har…". */
    static Optional<String> kicker(String paragraph) {
        Matcher m = KICKER.matcher(paragraph);
        if (!m.find() || paragraph.substring(0, Math.min(KICKER_WINDOW, paragraph.length())).chars().filter(c -> c == ':').count() > 1) {
            return Optional.empty();
        }
        int words = m.group(1).strip().split("\\s+").length;
        return words >= MIN_KICKER_WORDS && words <= MAX_KICKER_WORDS ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The sak title between a flattened case header and its first section heading. */
    static Optional<String> afterCaseHeader(String text) {
        String t = text.substring(0, Math.min(CASE_HEADER_WINDOW, text.length()));
        Matcher section = FIRST_SECTION.matcher(t);
        if (!section.find()) {
            return Optional.empty();
        }
        String before = t.substring(0, section.start());
        int labels = 0;
        int end = -1;
        Matcher token = CASE_HEADER_TOKEN.matcher(before);
        while (token.find()) {
            labels++;
            end = token.end();
        }
        int bodyEnd = lastBodyEnd(before);
        end = Math.max(end, bodyEnd);
        if (labels < MIN_CASE_LABELS || end < 0) {
            return Optional.empty();
        }
        String title = before.substring(end).strip();
        int words = title.isEmpty() ? 0 : title.split("\\s+").length;
        return words >= 2 && words <= MAX_CASE_TITLE_WORDS ? Optional.of(title) : Optional.empty();
    }

    private static int lastBodyEnd(String text) {
        int end = -1;
        for (Bodies.Match m = Bodies.find(text, 0); m != null; m = Bodies.find(text, m.end())) {
            end = m.end();
        }
        return end;
    }
}
