package no.muni.structure.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.EntityKind;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Minutes.Participant;
import no.muni.model.Paragraph;
import no.muni.text.InlineText;

/**
 * Reads the attendance lists of minutes: the list items that follow a line announcing who took part
 * ("… representerte følgende organisasjoner;", "I tillegg deltok;", "Til stede:"). A list announced
 * as organisations ("organisasjoner", "lag og foreninger") holds organisations; other lists hold
 * persons, alone or by delegation ("Fra bystyret: …"). Protocols may name those present on the label's
 * own line instead.
 */
final class ParticipantReader {
    private static final Pattern ANNOUNCES_ATTENDANCE = Pattern.compile(
            "\\b(deltok|deltakere|deltagere|til stede|tilstede|møtte|fremmøtte|representert|representerte)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANNOUNCES_ORGANISATIONS = Pattern.compile(
            "organisasjon|foreninger|\\blag\\b|virksomhet",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Protocols name those present on the label's own line: "Til stede: Ola Hansen (Ap), Kari Berg (H)". */
    private static final Pattern INLINE_ATTENDANCE = Pattern.compile(
            "^(?:Til stede|Tilstede|Møtende medlemmer|Deltakere|Deltagere|Fremmøtte)\\s*:\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ParticipantReader() {
    }

    static List<Participant> read(List<Block> body) {
        List<Participant> participants = new ArrayList<>();
        EntityKind kind = null;
        for (Block block : body) {
            if (block instanceof ListItem item) {
                if (kind != null) {
                    participants.addAll(AttendeeLine.parse(item.text(), kind));
                }
                continue;
            }
            Matcher inline = INLINE_ATTENDANCE.matcher(InlineText.clean(block.text()));
            if (inline.matches()) {
                participants.addAll(AttendeeLine.persons(inline.group(1), null));
                kind = null;
            } else {
                kind = announcedKind(block);
            }
        }
        return participants;
    }

    /** The kind of participant the list after this block names, or null when it announces no attendance. */
    private static EntityKind announcedKind(Block block) {
        String text = switch (block) {
            case Paragraph p -> p.text();
            case Heading h -> h.text();
            default -> "";
        };
        String line = InlineText.clean(text);
        boolean introducesList = line.endsWith(":") || line.endsWith(";") || block instanceof Heading;
        if (!introducesList || !ANNOUNCES_ATTENDANCE.matcher(line.toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        return ANNOUNCES_ORGANISATIONS.matcher(line).find() ? EntityKind.ORGANISATION : EntityKind.PERSON;
    }
}
