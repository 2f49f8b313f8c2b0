package no.muni.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of a political body as its minutes, notice or case protocol print it: the body
 * ("Kommunestyret", "Hovedutvalg for teknikk"), date, place, times as written ("18:00"), the members
 * called and the items (saker) handled. Unknown values are null, lists empty.
 */
public record Meeting(String body, LocalDate date, String place, String startTime, String endTime,
                      List<MeetingMember> members, List<MeetingItem> items) {
    public Meeting {
        members = Lists.copy(members);
        items = Lists.copy(items);
    }
}
