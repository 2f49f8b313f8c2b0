package no.muni.model;

import java.util.List;

/**
 * The minutes part of meeting minutes and reports (referat): who organised the meeting, who took part
 * and how many, the agenda with its topics and who signed. {@link #NONE} for every other kind; a
 * political body's meeting (members, items, votes) is the {@link Meeting} beside it.
 */
public record Minutes(String organiser, List<Participant> participants, Integer participantCount,
                      List<AgendaItem> agenda, Signature signedBy) {

    public static final Minutes NONE = new Minutes(null, List.of(), null, List.of(), null);

    public Minutes {
        participants = Lists.copy(participants);
        agenda = Lists.copy(agenda);
    }

    /** {@code kind} is an organisation or a person; {@code group} names the delegation a person came with. */
    public record Participant(String name, EntityKind kind, String group) {}

    public record AgendaItem(String number, String text, List<Topic> topics) {}

    public record Topic(String label, String title, List<String> points) {}

    public record Signature(String initials, String role) {}
}
