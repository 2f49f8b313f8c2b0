package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Votes;
import no.muni.structure.politics.Bodies;

/**
 * The text of one item: its title (what follows the number up to the end of its line, or where the
 * saksliste's furniture or the next part starts) and its labelled parts — innstilling or forslag til
 * vedtak, behandling, votering, vedtak — each running to the next label.
 */
public final class ItemText {

    public record Parts(String proposal, String handling, Votes votes, String decision) {}

    /**
     * Where a saksliste title has run into the notice's furniture or the item's own text (in Nynorsk too: "Handsaming:",
     * "Rådmannen si tilråding"), a Public 360 item's "Arkivsak-dok.", the saksliste's "Orienteringssaker:" after its last
     * row, or into the next row whose number lost its digits in the transcript ("/13 Referatsaker").
     */
    private static final Pattern TITLE_STOP = Pattern.compile("(?u)\\s(?:Eventuelle forfall|Evt\\. forfall|Forfall meldes"
            + "|Varamedlemmer (?:møter|som)|Vararepresentanter|Sakene (?:er|kan|blir)|(?:De )?(?:offentlige )?[Ss]aksdokument"
            + "|Møtet (?:er|holdes|blir)|Unntatt off|Side \\d+ av|Page \\d+ of|Saksbehandler\\s*:|Arkivsaksnr|Arkivsak-dok|Arkiv\\s*:|Orientering(?:ssaker|ar|er)\\s*:"
            + "|Det innkalles|Saken behandles|\\p{L}+s innstilling|Innstilling|Forslag til vedtak|Saksopplysninger"
            + "|Handsaming\\s*:|Behandling\\s*:|Framlegg til vedtak|\\p{L}+ si tilråding|Saksopplysningar"
            + "|/ ?\\d{2} (?=[\\p{Lu}\\d]))");
    /**
     * The saksliste's column headers: a title that starts with one belongs to a table whose columns were flattened. A title
     * may open with the word "Sak" and go on in lower case ("Sak frå kontrollutvalet").
     */
    private static final Pattern COLUMN_HEADER = Pattern.compile("(?iu)^(?:innhold|tittel|sakstittel)\\b|(?-i)^(?:Sak|SAK|sak)\\b(?!\\s+(?!nr\\b)\\p{Ll})");
    /**
     * What a transcript left of numbers that lost their digits around a title: the archive column before it ("23/ / Søknad om …")
     * and the next row's number after it ("… førre møte /23").
     */
    private static final Pattern LOST_DIGITS = Pattern.compile("^(?:\\d{2,4}/\\s+)+(?:/\\s+)*|\\s+/\\d{2,4}$");
    private static final int MAX_TITLE = 250;
    private static final Pattern PAGE_LINE = Pattern.compile("(?iu)(?:^|\\s)(?:\\d{1,3}\\s+)?(?:side\\s*\\d+\\s+av\\s+\\d+|page\\s+\\d+\\s+of\\s+\\d+)");
    private static final int MAX_CONTINUATION = 80;
    /** A transcript's page number on a line of its own ("2") continues no title. */
    private static final Pattern PAGE_MARKER = Pattern.compile("\\d{1,3}");

    private static final Pattern PROPOSAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?:\\p{L}+s\\s+)?(?:innstilling(?:\\s+fra\\s+[^:\\n]{1,60}?)?"
            + "|(?:forslag|framlegg)\\s+til\\s+vedtak|tilråding)|(?:foreslår|forslag)[^.:\\n]{0,60}?vedtak)\\s*(?::|\\n|$)");
    private static final Pattern HANDLING = Pattern.compile("(?iu)(?<![\\p{L}])(?:behandling|handsaming)(?:\\s+i\\s+[^:\\n]{1,40}?)?\\s*(?::|\\n|$)");
    private static final Pattern VOTING = Pattern.compile("(?iu)(?<![\\p{L}])votering\\s*(?::|\\n|$)");
    private static final Pattern DECISION = Pattern.compile("(?iu)(?<![\\p{L}])vedtak(?:\\s+i\\s+[^:\\n]{1,40}?)?\\s*(?::|\\n|$)");
    /**
     * What a preparing body decides is its recommendation to the next: "FSK- 45/23 Innstilling til kommunestyret:"
     * under the item's stamp is the formannskap's decision (the administration's innstilling is its proposal).
     */
    private static final Pattern RECOMMENDATION_ONWARD = Pattern.compile("(?iu)(?<![\\p{L}])innstilling\\s+til\\s+[^:\\n]{1,40}?\\s*:");
    /** An item's stamp before a label: "FSK- 45/23", "KST-12/23", "PS 12/23". */
    private static final Pattern ITEM_STAMP = Pattern.compile("(?u)[\\p{L}\\d/-]*\\d/\\d+\\s+$");
    /** The other parts of a case's text, which end the one before them. */
    private static final Pattern OTHER_PART = Pattern.compile("(?iu)(?<![\\p{L}])(?:saksopplysninger|vurdering|bakgrunn|vedlegg|sammendrag"
            + "|hjemmel|økonomiske\\s+konsekvenser|konklusjon|saksutredning)\\s*(?::|\\n)");
    /** "Kommunestyrets vedtak:", "FSK-12/23 Vedtak:", "Vedtak:" on its own; not "følgende vedtak:" or "til vedtak". */
    private static final Pattern DECISION_OWNER = Pattern.compile("(?u)(?:[.!?:\\n]\\s*|[\\p{L}\\d/-]*\\d\\s+|(?<owner>\\p{L}+s)\\s+)$");

    private ItemText() {
    }

    /**
     * The title at the start of a row's text, or null when the row has none of its own. A title wrapped
     * in its cell goes on in the lines that continue it: one that starts in lower case, or the last line
     * before the next row.
     */
    static String title(String rowText, boolean beforeAnotherRow) {
        String t = firstLines(rowText.strip(), beforeAnotherRow);
        if (COLUMN_HEADER.matcher(t).find()) {
            return null;
        }
        Matcher stop = TITLE_STOP.matcher(" " + t);
        if (stop.find()) {
            t = t.substring(0, stop.start());
        }
        t = LOST_DIGITS.matcher(capitalsOnly(t)).replaceAll("");
        if (t.length() > MAX_TITLE) {
            t = t.substring(0, t.lastIndexOf(' ', MAX_TITLE) > 0 ? t.lastIndexOf(' ', MAX_TITLE) : MAX_TITLE);
        }
        t = t.replaceAll("[\\s,;:–-]+$", "").strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstLines(String text, boolean beforeAnotherRow) {
        String[] lines = text.split("\\s*\n\\s*");
        StringBuilder title = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            if (lines[i].isEmpty() || PAGE_MARKER.matcher(lines[i]).matches() || !(Character.isLowerCase(lines[i].charAt(0))
                    || last && beforeAnotherRow && lines[i].length() <= MAX_CONTINUATION)) {
                break;
            }
            title.append(' ').append(lines[i]);
        }
        return title.toString();
    }

    /** A title set in capitals ends where the capitals end: "UTSMYKKING AV BYGG Alta kommune Tlf" → "UTSMYKKING AV BYGG". */
    private static String capitalsOnly(String title) {
        String[] words = title.split("\\s+");
        int letterWords = 0;
        for (String w : words) {
            if (w.chars().anyMatch(Character::isLetter)) {
                if (!isCapitals(w)) {
                    break;
                }
                if (++letterWords == 2) {
                    break;
                }
            }
        }
        if (letterWords < 2) {
            return title;
        }
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w.chars().anyMatch(Character::isLetter) && !isCapitals(w)) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static boolean isCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The labelled parts of an item's text; a part not written is null. */
    public static Parts parts(String text) {
        List<Label> labels = new ArrayList<>();
        find(text, PROPOSAL, Part.PROPOSAL, labels);
        find(text, HANDLING, Part.HANDLING, labels);
        find(text, VOTING, Part.VOTING, labels);
        find(text, OTHER_PART, Part.OTHER, labels);
        Matcher d = DECISION.matcher(text);
        while (d.find()) {
            if (ownedDecision(text, d.start())) {
                add(new Label(Part.DECISION, d.start(), d.end()), labels);
            }
        }
        Matcher onward = RECOMMENDATION_ONWARD.matcher(text);
        while (onward.find()) {
            String before = text.substring(Math.max(0, onward.start() - 20), onward.start());
            if (text.substring(0, onward.start()).isBlank() || ITEM_STAMP.matcher(before).find()) {
                add(new Label(Part.DECISION, onward.start(), onward.end()), labels);
            }
        }
        labels.sort(Comparator.comparingInt(Label::start));
        String proposal = null;
        String handling = null;
        String voting = null;
        String decision = null;
        for (int i = 0; i < labels.size(); i++) {
            Label l = labels.get(i);
            int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
            String value = clean(text.substring(l.end(), Math.max(l.end(), end)));
            if (value == null) {
                continue;
            }
            switch (l.part()) {
                case PROPOSAL -> proposal = proposal == null ? value : proposal;
                case HANDLING -> handling = handling == null ? value : handling;
                case VOTING -> voting = voting == null ? value : voting;
                case DECISION -> decision = value;
                case OTHER -> { }
            }
        }
        Votes votes = VoteReader.read(voting != null ? voting : handling != null ? handling : "");
        return new Parts(proposal, handling, votes, decision);
    }

    private static boolean ownedDecision(String text, int start) {
        if (text.substring(0, start).isBlank()) {
            return true;
        }
        Matcher owner = DECISION_OWNER.matcher(text.substring(Math.max(0, start - 40), start));
        if (!owner.find()) {
            return false;
        }
        String word = owner.group("owner");
        return word == null || Bodies.isBody(word);
    }

    private enum Part { PROPOSAL, HANDLING, VOTING, DECISION, OTHER }

    private record Label(Part part, int start, int end) {}

    private static void find(String text, Pattern pattern, Part part, List<Label> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(new Label(part, m.start(), m.end()), into);
        }
    }

    /** Labels found first win: "Innstilling fra siste behandling:" is a proposal, not a behandling. */
    private static void add(Label label, List<Label> into) {
        if (into.stream().noneMatch(l -> label.start() < l.end() && l.start() < label.end())) {
            into.add(label);
        }
    }

    /** A part's text, up to a page's footer or header where the page ends ("Side 2 av 21", "Page 2 of 10"). */
    private static String clean(String value) {
        Matcher page = PAGE_LINE.matcher(value);
        String v = (page.find() ? value.substring(0, page.start()) : value).replaceAll("\\s+", " ").strip();
        return v.isEmpty() ? null : v;
    }
}
