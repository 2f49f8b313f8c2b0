package no.muni.structure;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.structure.furniture.MunicipalityName;
import no.muni.structure.furniture.PageFurniture;
import no.muni.structure.politics.Bodies;

/**
 * Where documents put their title when it is not a line of its own: a transcript's cover page
 * ("1 RÅDMANN FRIVILLIGHETSMELDING for Ringsaker Vedtatt i kommunestyret 12. mai 2010."), a column's
 * kicker ("Ordførerens spalte i Lokalavisen, mars 2021: Nå har…"), or a case document's flattened
 * header, where the sak title stands between the header table and the first section heading
 * ("… Saksnummer Utvalg Møtedato 15/11 Formannskapet Orientering Innføring av … Innledning …").
 * Page headers and footers ("Side 147", "Page 1 of 10") are never titles.
 */
final class TitleConventions {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}\\s+");
    /** A cover's adoption note and the committee step before it, in Bokmål and Nynorsk. */
    private static final Pattern ADOPTION = Pattern.compile(
            "(?u)\\s+(?:Vedtatt|VEDTATT|Vedteke|VEDTEKE|Behandlet|Behandla|Handsama|Handsamast|Handsama[dt]|Godkjent|Godkjend|Revidert)\\b.*$");
    /** A page's header or footer, or a transcript's page marker standing alone ("Page 3"). */
    private static final Pattern PAGE_LINE = Pattern.compile(
            "(?iu)\\bside\\s*\\d+(?:\\s+av\\s+\\d+)?\\b|\\bpage\\s+\\d+\\s+of\\s+\\d+|^\\s*page\\s+\\d+\\s*$");
    /**
     * A cover's title set in capitals, up to where the mixed-case text under it begins ("ÅRSMELDING 2023 ____ NORDBY KOMMUNE
     * Rådhusvegen 1 …"); rules drawn with underscores are not words.
     */
    private static final Pattern CAPITALS_LEAD = Pattern.compile(
            "^((?:[\\p{Lu}\\d][\\p{Lu}\\d.,&/–-]*|_+|[–-])(?:\\s+(?:[\\p{Lu}\\d][\\p{Lu}\\d.,&/–-]*|_+|[–-]))+)\\s+\\p{Lu}\\p{Ll}");
    private static final Pattern RULE = Pattern.compile("\\s*_{2,}\\s*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}{2}");
    /** A period of years under a cover's title ("2024 – 2027", "2021-24"), which belongs to it. */
    private static final Pattern YEARS = Pattern.compile("^(?:19|20)\\d{2}\\s*[–-]\\s*(?:(?:19|20)\\d{2}|\\d{2})$");
    /** A title followed by the "Dato:" label of a flattened header, as a published consultation reply prints it. */
    private static final Pattern BEFORE_DATE_LABEL = Pattern.compile("^([^:.!?]{10,160}?)\\s+Dato\\s*:\\s*\\d");
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

    /**
     * A candidate line as a title: without a transcript's page number or a cover's adoption note; of a flattened cover that
     * runs on into the municipality's address and phone, only its title in capitals.
     */
    static String cover(String text, boolean pageTranscript) {
        String t = pageTranscript ? PAGE_NUMBER.matcher(text.strip()).replaceFirst("") : text.strip();
        String cut = ADOPTION.matcher(t).replaceFirst("");
        String title = cut.split("\\s+").length >= 2 ? cut : t;
        return PageFurniture.holdsContactDetails(title) ? capitalsLead(title).orElse(title) : title;
    }

    private static Optional<String> capitalsLead(String text) {
        Matcher m = CAPITALS_LEAD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String lead = RULE.matcher(m.group(1)).replaceAll(" ").strip();
        long words = Arrays.stream(lead.split("\\s+")).filter(w -> LETTER.matcher(w).find()).count();
        return words >= 1 && lead.split("\\s+").length >= 2 && !MunicipalityName.isLine(lead) ? Optional.of(lead) : Optional.empty();
    }

    /** "2024 – 2027" under a cover's title. */
    static boolean isPeriod(String text) {
        return YEARS.matcher(text.strip()).matches();
    }

    /** "Høringssvar fra Nordby kommune om …" of "Høringssvar fra Nordby kommune om … Dato: 01.02.2024 Svartype: …". */
    static Optional<String> beforeDateLabel(String paragraph) {
        Matcher m = BEFORE_DATE_LABEL.matcher(paragraph);
        return m.find() && m.group(1).strip().split("\\s+").length >= 3 ? Optional.of(m.group(1).strip()) : Optional.empty();
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
