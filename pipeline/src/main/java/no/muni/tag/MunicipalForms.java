package no.muni.tag;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the forms of Norwegian case-handling systems put next to names, and which is never a name itself:
 * the municipality's own organs and meeting rooms ({@code organs.txt}: "Kommunestyret", "Hovedutvalg for
 * helse", "Rådhuset"), form labels and headings ({@code labels.txt}: "Møteprotokoll", "Saknr", "PS"),
 * words of attendance tables ({@code attendance.txt}: "Permisjon", "Forfall") and the heads of things that
 * are documents, plans or areas rather than bodies ("Regionplan Nordvest", "Frivillighetspolitikk",
 * "Avaldsnesområdet"). Immutable, shared by all threads.
 */
final class MunicipalForms {

    /** Heads of plans, documents, decisions and areas: a capitalised compound ending in one is no body. */
    private static final List<String> THING_HEADS = List.of("plan", "planen", "politikk", "politikken", "beslutning",
            "beslutningen", "vedtak", "vedtaket", "melding", "meldingen", "strategi", "strategien", "program",
            "programmet", "prosjekt", "prosjektet", "område", "området", "områdene", "ordning", "ordningen", "tilskudd",
            "tilskuddet", "søknad", "søknaden", "rapport", "rapporten", "reglement", "reglementet", "budsjett",
            "budsjettet", "regnskap", "regnskapet", "avtale", "avtalen", "forslag", "forslaget", "utredning",
            "utredningen", "arbeid", "arbeidet", "samarbeid", "samarbeidet", "plass", "plassen", "vei", "veien", "gate",
            "gata", "gaten", "gt", "periode", "perioden", "beretning", "beretningen", "gebyr", "gebyret", "gebyrer",
            "regulativ", "regulativet", "rekneskap", "rekneskapen", "utgreiing", "utgreiinga");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER_OR_SPACE = Pattern.compile("[^\\p{L} ]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    /**
     * The council organs of the Local Government Act, written alone as a name ("Bystyret", "Kommunestyrets",
     * "Formannskapet"): the municipality or county acting as one. Committees, boards and rooms are not.
     */
    private static final Pattern COUNCIL = Pattern.compile(
            "(Kommunestyre|Bystyre|Heradsstyre|Fylkesting|Formannskap|Fylkesutvalg|Fylkesutval|Byråd)(t|et|ets|s|ts)?");

    private final Lexicon organs = Lexicon.resource("/no/muni/tag/organs.txt");
    private final Lexicon labels = Lexicon.resource("/no/muni/tag/labels.txt");
    private final Lexicon attendance = Lexicon.resource("/no/muni/tag/attendance.txt");

    /**
     * A generic organ or meeting room of the municipality: the whole name or its head word in any
     * inflection ("Bystyrets", "Alta kommunestyre", "Havnestyret"), or a head followed by "for …" / "i …"
     * ("Hovedutvalg for oppvekst", "Kontrollutvalget i Frøya kommune").
     */
    boolean isOrgan(String name) {
        String[] words = SPACES.split(name.strip());
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("for") || words[i].equals("i") || words[i].equals("til")) {
                head = i - 1;
                break;
            }
        }
        for (String part : words[head].split("/")) {
            if (isOrganWord(part)) {
                return true;
            }
        }
        // the organ's own parts: "Kontrollutvalgets sekretariat", "Kontrollutvalgssekretariatet", "Formannskapets leder"
        if (words.length == 2 && words[0].endsWith("s") && isOrganWord(words[0]) && Character.isLowerCase(words[1].charAt(0))) {
            return true;
        }
        if (words.length == 1 && startsWithOrgan(words[0]) && isDefinite(words[0])) {
            return true;
        }
        // the body's cell and the next one of its table or header run together: "Formannskapet Vik" (the meeting
        // room's place), "Oppvekstutvalet Møtestad" (the next label); a name never starts with a body's definite form
        if (words.length >= 2 && isDefinite(words[0]) && isOrganWord(words[0]) && Character.isUpperCase(words[1].charAt(0))
                && !SentenceRules.isLegalForm(words[words.length - 1])) {
            return true;
        }
        return isOrganWord(name);
    }

    /**
     * The councils the Local Government Act (§ 5-12) gives every municipality and county for the elderly, the young and
     * people with disabilities, and the users' councils of its services ("Eldrerådet", "Ungdomsrådets", "Brukarrådet",
     * "Råd for personer med funksjonsnedsettelse"): bodies of the municipality that meet and give their view on cases.
     */
    private static final Pattern USERS_COUNCIL = Pattern.compile("(?iu)(?:\\p{L}+ )?(?:eldre|eldres|ungdoms|ungdommens|bruker|brukar|"
            + "funksjonshemmedes|funksjonshemma)\\s?råd(?:et|ets|s)?|(?:kommunalt |fylkeskommunalt )?råd(?:et)? for "
            + "(?:personer|mennesker|menneske|folk) med .+");

    /** A council of the elderly, the young, users or people with disabilities ({@link #USERS_COUNCIL}). */
    static boolean isUsersCouncil(String name) {
        return USERS_COUNCIL.matcher(name.strip()).matches();
    }

    private static final List<String> ORGAN_PREFIXES = List.of("kommunestyre", "bystyre", "heradsstyre", "formannskaps",
            "kontrollutvalgs", "kontrollutvals", "fylkestings", "hovedutvalgs", "hovudutvals", "utvalgs", "utvals", "styre");

    private static boolean startsWithOrgan(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ORGAN_PREFIXES.stream().anyMatch(p -> lower.startsWith(p) && lower.length() > p.length() + 3);
    }

    private static boolean isDefinite(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith("et") || lower.endsWith("en") || lower.endsWith("a") || lower.endsWith("ets")
                || lower.endsWith("ens");
    }

    /** One of the council organs written alone as a name: "Bystyret", "Kommunestyrets", "Formannskapet". */
    static boolean isCouncil(String name) {
        return COUNCIL.matcher(name.strip()).matches();
    }

    /** Endings of Norwegian place names (fjord, vik, dal, nes, øy, sund …), in base or definite form. */
    private static final Pattern PLACE_NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}+(fjord(en)?|vik(a|en)?|dal(en)?|nes(et)?|øy(a)?|sund(et)?|vatn(et)?|fjell(et)?|haug(en)?|"
            + "bakken|strand(a)?|holm(en)?|moen|myra|elva|botn|eid(et)?|våg(en)?|sjøen|heia|åsen|li(a|en)?)");

    /** A single word shaped like a Norwegian place name: "Akkarfjord", "Sandvika", "Kornhaugen". */
    static boolean isPlaceName(String word) {
        return PLACE_NAME.matcher(word).matches();
    }

    private boolean isOrganWord(String word) {
        String w = NOT_LETTER_OR_SPACE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.length() > 4 && w.endsWith("s")) {
            String stem = w.substring(0, w.length() - 1);
            if (organs.containsInflected(stem)) {
                return true;
            }
        }
        if (organs.containsInflected(w)) {
            return true;
        }
        // compounds headed by a governing organ: "Havnestyret", "Ungdomsutvalget", "Klagenemnda"
        for (String base : new String[] {"styre", "utvalg", "utval", "nemnd", "komité", "komite", "formannskap", "fylkesting"}) {
            for (String form : new String[] {"", "t", "et", "a", "en", "s", "ts", "ets", "as", "ens"}) {
                if (w.endsWith(base + form) && w.length() > base.length() + form.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A form label, heading word or case-form abbreviation ("Saksnr", "Møteprotokoll", "PS", "GNR"). */
    boolean isLabel(String token) {
        String letters = NON_LETTERS.matcher(token).replaceAll("");
        return !letters.isEmpty() && labels.contains(letters);
    }

    /** A word of an attendance table or absence note ("Permisjon", "Forfall", "UAV"). */
    boolean isAttendance(String token) {
        return attendance.containsInflected(NON_LETTERS.matcher(token).replaceAll(""));
    }

    /**
     * A header field whose value is a place: "Møtested: Vik skole", "Møtestad: Kulturhuset, salen", "Sted: Rådhuset"
     * (the colon may be lost with the form's table: "Møtested Vik skole").
     * Its value runs to the line's end, the next field label ("Møtetid:", "Dato:") or {@link #SLOT_LENGTH} characters.
     */
    private static final Pattern PLACE_FIELD = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:(?:møtested|møtestad|møterom|møtelokale)\\s*:?|sted\\s*:)\\s*");
    private static final Pattern FIELD_LABEL = Pattern.compile("(?u)\\s\\p{L}+\\s*:|\\n");
    private static final int SLOT_LENGTH = 60;

    /**
     * The values of a document's place fields ({@link #PLACE_FIELD}): the room or building a meeting is held in, a
     * place, even where it names an institution ("Møtested: Vik skole").
     */
    SpanIndex placeSlots(String text) {
        SpanIndex slots = new SpanIndex();
        Matcher field = PLACE_FIELD.matcher(text);
        while (field.find()) {
            int from = field.end();
            int to = Math.min(text.length(), from + SLOT_LENGTH);
            Matcher next = FIELD_LABEL.matcher(text).region(from, to);
            if (next.find()) {
                to = next.start();
            }
            if (to > from) {
                slots.add(from, to);
            }
        }
        return slots;
    }

    /** A case-form code before a case number ("PS 12/24", "RS 3/24"): a short run of capitals and digits after it. */
    private static final Pattern CASE_NUMBER_AFTER = Pattern.compile("\\A[ \\t]*\\d{1,4}/\\d{2,4}");
    /** A title field's label and colon right before: "Tittel: ", "Sak: ". */
    private static final Pattern TITLE_FIELD_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:tittel|sakstittel|saktittel|sak|emne)\\s*:\\s*\\z");
    private static final Pattern CODE = Pattern.compile("\\p{Lu}{2,4}");

    /**
     * A short code of capitals that case-handling systems print before a case number or as a prefix of a case's
     * title ("PS 12/24", "SP 4/24", "Tittel: XY: BUDSJETT 2025"): a form's code, not a party's or an organisation's
     * label, whatever the letters spell.
     */
    static boolean isCaseCode(String text, int start, int end) {
        if (!CODE.matcher(text.substring(start, end)).matches()) {
            return false;
        }
        if (CASE_NUMBER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
            return true;
        }
        boolean colonAfter = end < text.length() && text.charAt(end) == ':';
        return colonAfter && TITLE_FIELD_BEFORE.matcher(text).region(Math.max(0, start - 20), start).find();
    }

    /** A contents entry's dot leader and page number: "Tilsette og arbeidsmiljø ....... 10", "Skulane…31". */
    private static final Pattern LEADER_AFTER = Pattern.compile("\\A[^.!?\\n]{0,80}?(?:\\.{3,}|…|(?:\\. ){3,})\\s*\\d{1,3}(?!\\d)");
    private static final Pattern LEADER_BEFORE = Pattern.compile("(?:\\.{3,}|…)\\s*\\d{1,3}\\s+\\z");

    /**
     * A span inside a table of contents: its entry runs on to a dot leader and a page number ("Tilsette og
     * arbeidsmiljø...10"), or it follows the previous entry's page number ("...20 Felles tenester"). The headings of
     * a contents list name chapters, not organisations.
     */
    static boolean inContentsEntry(String text, int start, int end) {
        return LEADER_AFTER.matcher(text).region(end, Math.min(text.length(), end + 100)).lookingAt()
                || LEADER_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find();
    }

    /** A capitalised compound naming a plan, document, decision, area or street ("Regionplan", "Kornhaugområdet"). */
    static boolean isThing(String name) {
        String[] words = SPACES.split(name.strip());
        return thingHead(words[0]) != null || thingHead(words[words.length - 1]) != null;
    }

    /** The head of a plan, document, decision or area that a word ends in ("plan" of "Økonomiplan"), or null. */
    static String thingHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String head : THING_HEADS) {
            if (lower.endsWith(head)) {
                return head;
            }
        }
        return null;
    }
}
