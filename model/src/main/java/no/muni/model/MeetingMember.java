package no.muni.model;

/**
 * One member called to a meeting: name as written, party label ("AP", "H"), role ("Leder", "Medlem",
 * "Varamedlem") and whether the member met; {@code present} is null when the document does not say.
 */
public record MeetingMember(String name, String party, String role, Boolean present) {}
