package no.muni.tag.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.muni.model.Measure;
import no.muni.text.Bullets;

/**
 * Measures (tiltak) in running text, by the conventions municipal writers use to name them:
 * <ul>
 *   <li>a named initiative in quotes («Hilseleder») or emphasised where the sentence names it as one
 *       ({@link EmphasisedInitiatives}: "tiltaket <i>Fritidskassa</i>", "samarbeider … om <i>Lesekvelder</i>");</li>
 *   <li>a cue noun followed by a name: "prosjektet Digitale møteplasser", "ordningen Fritidskassa";</li>
 *   <li>an allocation: a sentence with an amount and a purpose ("0.5 millioner kroner … til/for …");</li>
 *   <li>a proposal in minutes: "X kunne etableres", "bør ha en X", "Trenger X", "X en god ide",
 *       "En koordinator per bydel" — only where it proposes an action or initiative ({@link #isAction}):
 *       a verb of doing, a concrete initiative or a period; never a wish for a quality ("Trenger et
 *       tydelig mandat") or a worry ("Alle organisasjonene er bekymret");</li>
 *   <li>an agreement about something: "samarbeidsavtale … angående X".</li>
 * </ul>
 * Each measure carries the status the sentence states (foreslått, planlagt, pågår, vedtatt,
 * gjennomført) and nothing when it states none, its amount and the organisations named in the same
 * sentence (filled by the caller). A quoted phrase is an initiative when written as a name («Hilseleder»,
 * «På krakk med ordfører») or when it names one itself («velkomstfunksjon på hvert knutepunkt»); a
 * quoted common word («eie», «helt», «berøringsangst») is a manner of speaking.
 */
public final class MeasureExtractor {

    private static final int MAX_NAME_WORDS = 12;
    private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\n]{2,120})\\*|«([^»\\n]{2,120})»|“([^”\\n]{2,120})”|\"([^\"\\n]{2,120})\"");
    /*
     * The literal words the patterns below need one of (a pattern's alternatives) also gate the patterns: most
     * sentences state no measure, and trying a pattern's alternatives at every position of every sentence was
     * most of the rules' cost, so a sentence holding none of a pattern's words skips it, with the same result.
     * Both come from one list, so an alternative cannot lack its cue.
     */
    private static final Words NAME_NOUNS = new Words("tiltaket", "prosjektet", "ordningen", "programmet", "satsingen",
            "satsningen", "tilbudet", "konseptet", "kampanjen");
    private static final Pattern CUE_NAME = Pattern.compile(
            "\\b(?:" + NAME_NOUNS.regex() + ")"
                    + "\\s+(\\p{Lu}[\\p{L}\\d-]*(?:\\s+(?:og\\s+|for\\s+|i\\s+|med\\s+)?[\\p{L}\\d-]+){0,7})",
            Pattern.UNICODE_CASE);
    private static final Words ALLOCATION_WORDS = new Words("satt av", "satt", "avsatt", "avsette", "bevilget",
            "bevilge", "bevilgning", "tildelt", "tildele", "tilskudd", "ekstramidler", "midler", "budsjett");
    private static final Pattern ALLOCATION_VERB = Pattern.compile("\\b(" + ALLOCATION_WORDS.regex() + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Words PROPOSAL_WORDS = new Words("kunne etableres", "kan etableres", "bør etableres",
            "må etableres", "bør opprettes", "kunne opprettes", "bør ha en", "bør ha et", "burde ha", "bør innføres",
            "kunne innføres", "foreslår", "forslag om", "en god ide", "en god idé", "trenger", "ønsker seg",
            "kunne vært");
    private static final Pattern PROPOSAL = Pattern.compile("\\b(" + PROPOSAL_WORDS.regex() + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Words PER = new Words("per", "pr.");
    /** "hvert" before "hver": the longer where both fit, as an optional "t" would take it. */
    private static final Words EACH = new Words("hvert", "hver");
    private static final Words PER_UNIT_WORDS = PER.and(EACH);
    /** A note proposing one of something for each unit: "En koordinator per bydel", "Et møterom i hver skole". */
    private static final Pattern PROVISION_PER_UNIT = Pattern.compile(
            "^\\s*(?:" + Bullets.CLASS + "\\s*)?(?:en|et|ei)\\s+\\p{L}[\\p{L}-]*\\b[^.?!;]*?\\b(?:" + PER.regex()
                    + "|(?:på|i|for)\\s+(?:" + EACH.regex() + "))\\s+\\p{L}{3,}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Words PARTNERSHIP = new Words("samarbeid");
    private static final Pattern AGREEMENT = Pattern.compile(
            "\\b(?:" + PARTNERSHIP.regex() + ")\\w*\\s+(?:[^.]{0,80}?\\s)?(?:angående|om|knyttet til)\\s+([\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+){0,4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MeasureExtractor() {
    }

    /**
     * Literal words (lower case) of which a pattern needs one: as the pattern's alternatives ({@link #regex}), and
     * looked for ({@link #in}) in a text folded character by character as {@link Pattern}'s
     * {@code CASE_INSENSITIVE | UNICODE_CASE} folds it, so a pattern built on them cannot match a text in which
     * {@link #in} finds none.
     */
    private record Words(List<String> words) {
        Words(String... words) {
            this(List.of(words));
        }

        /** The words as alternatives of a regex, in their order (the first that fits at a place is taken). */
        String regex() {
            return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        }

        Words and(Words more) {
            return new Words(Stream.concat(words.stream(), more.words.stream()).toList());
        }

        boolean in(String folded) {
            for (String w : words) {
                if (folded.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        static String fold(String text) {
            char[] out = new char[text.length()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
            }
            return new String(out);
        }
    }

    /**
     * A measure found in the text with the character span of the sentence that states it and of the
     * words that name the initiative: its name, or what an agreement is about ({@code nameStart ==
     * nameEnd} when no words do, as in an allocation or a proposal).
     */
    public record Found(Measure measure, int sentenceStart, int sentenceEnd, int nameStart, int nameEnd) {
        public boolean hasName() {
            return nameStart < nameEnd;
        }
    }

    public static List<Found> find(String text) {
        return find(text, List.of());
    }

    /** @param emphasis the phrases the document emphasises, which {@code text} shows without markup */
    public static List<Found> find(String text, List<String> emphasis) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (int[] sentence : sentences(text)) {
            String s = text.substring(sentence[0], sentence[1]);
            // most sentences state no measure: their status and amount are read only for those that do
            Sentence read = new Sentence(s);
            for (EmphasisedInitiatives.Name name : EmphasisedInitiatives.in(s, emphasis)) {
                addName(byKey, name.text(), sentence, name.start(), read.status());
            }
            String folded = Words.fold(s);
            Matcher e = EMPHASIS.matcher(s);
            boolean emphasised = hasEmphasisMark(s);
            while (emphasised && e.find() && !isQuestion(s)) { // a plan named in a question is asked about, not stated
                String name = firstNonNull(e);
                if (isName(name) && (writtenAsAName(name) || isAction(name))) {
                    addName(byKey, name.strip(), sentence, e.start(firstGroup(e)), read.status());
                }
            }
            boolean marked = s.indexOf('*') >= 0;
            String plain = marked ? s.replace("*", "") : s;
            Matcher c = CUE_NAME.matcher(plain);
            boolean cued = NAME_NOUNS.in(marked ? Words.fold(plain) : folded);
            while (cued && c.find()) {
                // offsets are the sentence's only where no markup stars were removed before matching
                addName(byKey, trimName(c.group(1)), sentence, marked ? -1 : c.start(1), read.status());
            }
            if (ALLOCATION_WORDS.in(folded) && ALLOCATION_VERB.matcher(s).find() && read.amount() != null) {
                add(byKey, clip(s), sentence, read.status(), read.amount());
            }
            if ((PROPOSAL_WORDS.in(folded) && PROPOSAL.matcher(s).find() && isAction(s))
                    || PER_UNIT_WORDS.in(folded) && PROVISION_PER_UNIT.matcher(s).find()) {
                add(byKey, clip(s), sentence, read.status() == null ? "foreslått" : read.status(), read.amount());
            }
            Matcher a = AGREEMENT.matcher(s);
            boolean agreement = PARTNERSHIP.in(folded);
            while (agreement && a.find()) {
                if (a.group(1).matches(".*\\d.*") || a.group(1).contains("-")) {
                    // what the partners work together on names the measure: "om POP-UP dager" is no partner
                    put(byKey, clip(s), read.amount(), read.status(),
                            new int[] {sentence[0], sentence[1], sentence[0] + a.start(1), sentence[0] + a.end(1)});
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** A mark {@link #EMPHASIS} needs: a star or an opening quotation mark. */
    private static boolean hasEmphasisMark(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('«') >= 0 || s.indexOf('“') >= 0 || s.indexOf('"') >= 0;
    }

    /** A sentence's status and amount, each read on first use. */
    private static final class Sentence {
        private final String text;
        private boolean statusRead;
        private String status;
        private boolean amountRead;
        private Long amount;

        Sentence(String text) {
            this.text = text;
        }

        String status() {
            if (!statusRead) {
                status = MeasureExtractor.status(text);
                statusRead = true;
            }
            return status;
        }

        Long amount() {
            if (!amountRead) {
                amount = MeasureExtractor.amount(text);
                amountRead = true;
            }
            return amount;
        }
    }

    private static void addName(Map<String, Found> byKey, String name, int[] sentence, int offset, String status) {
        int start = offset < 0 ? sentence[0] : sentence[0] + offset;
        int end = offset < 0 ? sentence[0] : start + name.length();
        put(byKey, name, null, status, new int[] {sentence[0], sentence[1], start, end});
    }

    private static void add(Map<String, Found> byKey, String text, int[] sentence, String status, Long amount) {
        put(byKey, text, amount, status, new int[] {sentence[0], sentence[1], sentence[0], sentence[0]});
    }

    private static void put(Map<String, Found> byKey, String text, Long amount, String status, int[] spans) {
        String t = text.replace("*", "").strip();
        if (t.isEmpty()) {
            return;
        }
        String key = t.toLowerCase(Locale.ROOT);
        // an allocation sentence is kept next to the initiative it names; otherwise one phrase, one measure
        if (amount == null) {
            for (String k : byKey.keySet()) {
                if (k.contains(key) || key.contains(k)) {
                    return;
                }
            }
        } else if (byKey.containsKey(key)) {
            return;
        }
        byKey.put(key, new Found(new Measure(t, null, null, null, null, List.of(), amount, status, null),
                spans[0], spans[1], spans[2], spans[3]));
    }

    private static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    private static String firstNonNull(Matcher m) {
        int g = firstGroup(m);
        return g == 0 ? "" : m.group(g);
    }

    /** A verb of doing, as infinitive, present, passive or participle: "etablere", "etableres", "etablert". */
    private static final Pattern DOING = Pattern.compile(
            "\\b(?:etabler|opprett|innfør|arranger|gjennomfør|start|tilby|utvikl|skap|lage|bygg|ansett|inngå|"
                    + "samordn|kartlegg|utvid|viderefør|organiser|invite|rekrutter|kjøp|åpn|tilsett|lanser|prøv)\\p{L}{0,4}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A period or frequency: "årlig", "et par ganger i året", "hver måned", "i 2025", "2024–2027". */
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:årlig|halvårlig|månedlig|ukentlig|daglig)e?\\b|\\bganger? (?:i|per|pr\\.?) (?:året|år|måneden|uka|uken)\\b"
                    + "|\\bhver(?:t)? (?:uke|måned|år|høst|vår|semester)\\b|\\b(?:i|innen|fra) 20\\d\\d\\b|\\b20\\d\\d\\s*[-–]\\s*20\\d\\d\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A concrete initiative: a noun (or the head of a compound) naming something set up, held or run. */
    private static final Pattern INITIATIVE = Pattern.compile(
            "\\p{L}*(?:bank|børs|konferanse|koordinator|ordning|portal|møte|møtefora|forum|arena|kurs|gruppe|senter|sentral|"
                    + "kampanje|prosjekt|fond|stilling|treff|kafé|kafe|klubb|nettverk|ombud|team|festival|dag|kveld)(?:en|et|a|er|ene|r)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An actor or place for each unit: "for hver bydel", "per knutepunkt". */
    private static final Pattern PER_UNIT = Pattern.compile(
            "\\b(?:per|pr\\.|(?:for|i|på) hvert?) \\p{L}{3,}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A worry or complaint: what a sentence reports feeling or lacking is no measure. */
    private static final Pattern WORRY = Pattern.compile(
            "\\b(?:bekymr\\p{L}*|savner|mangler|frustrer\\p{L}*|skuffe\\p{L}*|misfornøy\\p{L}*|klager|redde? for)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a proposing sentence proposes an action or initiative (a verb of doing, a concrete
     * initiative, an actor for each unit or a period) rather than a quality or a feeling.
     */
    static boolean isAction(String sentence) {
        if (WORRY.matcher(sentence).find()) {
            return false;
        }
        return DOING.matcher(sentence).find() || PERIOD.matcher(sentence).find() || INITIATIVE.matcher(sentence).find()
                || PER_UNIT.matcher(sentence).find();
    }

    private static final Pattern QUESTION_WORD = Pattern.compile(
            "^\\s*(?:[-•–]\\s*)?(?:hvordan|hva|hvem|hvorfor|hvilke|hvilken|hvor|burde|bør man|kan vi|skal vi)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A question ("Hvordan kan vi …", "Hva inviteres …?") asks; it states no action, so it is no measure.
     * A question mark inside brackets ("Skolemat (gratis?)") leaves the phrase a statement.
     */
    public static boolean isQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") || QUESTION_WORD.matcher(t).find();
    }

    /** A quoted phrase names something when written as a name: a capital letter or a digit first. */
    private static boolean writtenAsAName(String phrase) {
        String p = phrase.strip();
        return !p.isEmpty() && (Character.isUpperCase(p.codePointAt(0)) || Character.isDigit(p.codePointAt(0)));
    }

    /** A short phrase, not a quoted sentence. */
    private static boolean isName(String phrase) {
        String p = phrase.strip();
        return !p.isEmpty() && p.split("\\s+").length <= MAX_NAME_WORDS && !p.endsWith(".") && !p.endsWith("?");
    }

    /** Finite verbs and subordinators that end a name: "prosjektet Trygg hjemme for eldre får …". */
    private static final Pattern NAME_STOP = Pattern.compile(
            "(?i)får|fikk|er|var|har|hadde|skal|vil|kan|kunne|må|ble|blir|gir|ga|gjør|startet|starter|"
                    + "som|der|hvor|slik|fordi|men|når|at|ved|hos|sammen");

    static String trimName(String name) {
        String[] words = name.split("\\s+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (NAME_STOP.matcher(words[i]).matches()) {
                end = i;
                break;
            }
        }
        while (end > 1 && words[end - 1].matches("(?i)og|for|i|med|som|er|har|til")) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    private static String clip(String sentence) {
        String s = sentence.strip().replaceFirst("^" + Bullets.CLASS + "\\s*", "");
        return s.length() <= 240 ? s : s.substring(0, 240).replaceFirst("\\s+\\S*$", "") + " …";
    }

    private static final Pattern ABBREVIATION = Pattern.compile("(f\\.eks|bl\\.a|jf|mv|nr|kr|ca|evt|ref|dvs|osv|pga|mht|ifm|iht|inkl)\\.");
    private static final Pattern DONE = Pattern.compile("\\b(er gjennomført|ble gjennomført|gjennomførte|er avsluttet|ble avsluttet)\\b");
    private static final Pattern DECIDED = Pattern.compile("\\b(vedtatt|vedtok|er besluttet|ble besluttet)\\b");
    private static final Pattern ONGOING = Pattern.compile("\\b(pågår|pågående|er i gang|er igangsatt|samarbeider)\\b");
    private static final Pattern PLANNED = Pattern.compile("\\b(planlagt|planlegges|skal etableres|vil bli|skal starte)\\b");
    private static final Pattern PROPOSED = Pattern.compile("\\b(foreslått|foreslår|foreslås|forslag)\\b");

    /** The status a sentence states, most advanced first: gjennomført, vedtatt, pågår, planlagt, foreslått. */
    static String status(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        if (DONE.matcher(s).find()) {
            return "gjennomført";
        }
        if (DECIDED.matcher(s).find()) {
            return "vedtatt";
        }
        if (ONGOING.matcher(s).find()) {
            return "pågår";
        }
        if (PLANNED.matcher(s).find()) {
            return "planlagt";
        }
        if (PROPOSED.matcher(s).find()) {
            return "foreslått";
        }
        return null;
    }

    private static Long amount(String sentence) {
        List<AmountParser.Found> found = AmountParser.find(sentence);
        return found.isEmpty() ? null : found.get(0).amount().nok();
    }

    /** Sentence spans: split at line breaks and at . ! ? followed by space and a capital letter. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n';
            boolean stop = (c == '.' || c == '!' || c == '?') && i + 2 < text.length()
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
                    && !abbreviationBefore(text, i);
            if (lineEnd || stop) {
                int end = lineEnd ? i : i + 1;
                if (end > start && !text.substring(start, end).isBlank()) {
                    out.add(new int[] {start, end});
                }
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        String word = text.substring(b, dot + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATION.matcher(word).matches();
    }
}
