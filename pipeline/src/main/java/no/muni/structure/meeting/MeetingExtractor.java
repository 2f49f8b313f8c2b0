package no.muni.structure.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.CaseRef;
import no.muni.model.DocumentStructure;
import no.muni.model.Meeting;
import no.muni.model.MeetingItem;
import no.muni.model.Votes;
import no.muni.structure.TypeExtractor;
import no.muni.structure.furniture.MunicipalityName;
import no.muni.structure.politics.Bodies;
import no.muni.text.LineText;

/**
 * The meeting of minutes, notices and case protocols: the form's header, the members, and each item
 * with its parts. An item number met several times (in the saksliste, then at its own section) is one
 * item: its title from the first place, its parts from wherever they are written. A document that opens
 * as a meeting form ("Møteprotokoll", "MØTEINNKALLING", "Formannskapets sakliste") gets the form's title
 * ("Møteprotokoll Kommunestyret") and the meeting's date.
 */
public final class MeetingExtractor implements TypeExtractor {

    private final boolean outcomeOnly;

    private MeetingExtractor(boolean outcomeOnly) {
        this.outcomeOnly = outcomeOnly;
    }

    /** For minutes and notices: every meeting they print. */
    public static MeetingExtractor ofMeetings() {
        return new MeetingExtractor(false);
    }

    /**
     * For case documents: only a case protocol's meeting, where an item was handled or decided; a
     * saksframlegg's saksgang names meetings to come, which its case part holds.
     */
    public static MeetingExtractor ofProtocols() {
        return new MeetingExtractor(true);
    }

    /** The form's header sits before the saksliste, on the first pages. */
    private static final int MAX_HEAD = 2000;
    /** The genre word of a meeting document, where the document opens with it. */
    private static final Pattern GENRE = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?<owner>\\p{L}+s)\\s+)?"
            + "(?<genre>møteprotokoll|protokoll|møtebok|hovedutskrift|hovudutskrift|møtereferat|referat|møteinnkalling|innkalling|saksliste|sakliste"
            + "|sakskart)(?![\\p{L}])");
    private static final int GENRE_WITHIN = 100;
    /** A transcript's page number before a page's first line. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\d{1,3}\\s+(?=\\p{L})");
    /** A form's label after the body it opens with ("Utvalg:", "Møtedato:"). */
    private static final Pattern FORM_LABEL = Pattern.compile("\\s+\\p{L}[\\p{L}/.-]*\\s*:");
    private static final Pattern NUMBER_DIGITS = Pattern.compile("(\\d*) ?/ ?(\\d+)");

    @Override
    public void extract(List<Block> body, DocumentStructure.Builder into) {
        String text = LineText.of(body);
        List<AgendaRows.Row> rows = AgendaRows.read(text);
        int headEnd = Math.min(MAX_HEAD, rows.isEmpty() ? text.length() : rows.getFirst().start());
        String head = text.substring(0, headEnd);
        MeetingForm.Header header = MeetingForm.read(head);
        List<MeetingItem> items = items(text, rows);
        if (header.body() == null && items.isEmpty()
                || outcomeOnly && items.stream().allMatch(i -> i.decision() == null && i.handling() == null)) {
            return;
        }
        Meeting meeting = new Meeting(header.body(), header.date(), header.place(), header.startTime(), header.endTime(),
                MemberReader.read(head), items);
        into.meeting(meeting);
        formTitle(body, meeting.body()).ifPresent(into::title);
        if (meeting.date() != null) {
            into.date(meeting.date()).dateText(null);
        } else if (into.build().date() == null) {
            SignOff.date(text).ifPresent(d -> into.date(d).dateText(null));
        }
    }

    /**
     * "Møteprotokoll Kommunestyret" where the document opens with the genre, under at most the municipality's
     * name; "Formannskapets sakliste" as written; a print that sets the body above its genre keeps that order
     * ("Kommunestyret" / "HOVUDUTSKRIFT"), and one that has no genre word is titled by the body it opens with
     * ("NORDBY KOMMUNE Formannskapet Utvalg: Formannskapet Møtedato: …").
     */
    private static Optional<String> formTitle(List<Block> blocks, String body) {
        if (body == null) {
            return Optional.empty();
        }
        String bodyLine = null;
        for (Block block : blocks) {
            String text = PAGE_NUMBER.matcher(block.text().strip()).replaceFirst("");
            Matcher m = GENRE.matcher(text);
            if (m.find() && m.start("genre") <= GENRE_WITHIN) {
                String owner = m.group("owner");
                if (bodyLine != null && m.start() == 0) {
                    return Optional.of(bodyLine + " " + m.group("genre"));
                }
                return Optional.of(owner != null && Bodies.isBody(owner) ? owner + " " + m.group("genre") : m.group("genre") + " " + body);
            }
            String rest = MunicipalityName.withoutLeading(text);
            if (rest.isEmpty()) {
                continue;
            }
            Bodies.Match opening = bodyLine == null ? Bodies.find(rest, 0) : null;
            if (opening == null || opening.start() > 0) {
                break;
            }
            if (opening.end() < rest.length()) {
                return FORM_LABEL.matcher(rest.substring(opening.end())).lookingAt() ? Optional.of(opening.text()) : Optional.empty();
            }
            bodyLine = opening.text();
        }
        return Optional.ofNullable(bodyLine);
    }

    private static List<MeetingItem> items(String text, List<AgendaRows.Row> rows) {
        Map<String, List<AgendaRows.Row>> byNumber = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byNumber.computeIfAbsent(key(rows.get(i), i), k -> new ArrayList<>()).add(rows.get(i));
        }
        List<MeetingItem> items = new ArrayList<>();
        for (List<AgendaRows.Row> occurrences : byNumber.values()) {
            AgendaRows.Row first = occurrences.getFirst();
            String title = ItemText.title(text.substring(first.textStart(), first.titleEnd()), first != rows.getLast());
            String caseWritten = occurrences.stream().map(AgendaRows.Row::caseWritten).filter(c -> c != null)
                    .findFirst().orElse(null);
            String proposal = null;
            String handling = null;
            Votes votes = null;
            String decision = null;
            for (AgendaRows.Row row : occurrences) {
                ItemText.Parts parts = ItemText.parts(text.substring(row.textStart(), row.textEnd()));
                proposal = proposal == null ? parts.proposal() : proposal;
                handling = handling == null ? parts.handling() : handling;
                votes = votes == null ? parts.votes() : votes;
                decision = parts.decision() == null ? decision : parts.decision();
            }
            items.add(new MeetingItem(first.number(), first.kind(), title, CaseRef.normalise(caseWritten), proposal,
                    handling, votes, decision));
        }
        return items;
    }

    /**
     * Item numbers compare by their digits: "PS 7/07", "7/07", "7 / 07" and "Sak 0007/07" are one item; but referatsaker,
     * delegerte saker and formelle spørsmål are numbered in series of their own, so "RS 7/07" is another. A number that
     * lost its sequence in the transcript ("/17") is an item of its own, told apart by its place.
     */
    private static String key(AgendaRows.Row row, int place) {
        Matcher m = NUMBER_DIGITS.matcher(row.number());
        String series = row.kind() == null || row.kind().equals("PS") ? "" : row.kind() + " ";
        return m.find() && !m.group(1).isEmpty() ? series + Integer.parseInt(m.group(1)) + "/" + m.group(2) : "#" + place;
    }
}
