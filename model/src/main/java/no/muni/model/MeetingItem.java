package no.muni.model;

/**
 * One item (sak) of a meeting. {@code number} as written ("PS 12/23", "Sak 0007/08", "12/23");
 * {@code kind} PS (politisk sak), RS (referatsak), DS (delegert sak), FS (formannskapssak),
 * "orientering" or null; {@code caseNumber} the archive case normalised by {@link CaseRef#normalise};
 * {@code proposal} the innstilling or forslag til vedtak, {@code handling} the behandling,
 * {@code votes} the votering, {@code decision} the vedtak — each null where the document has none.
 */
public record MeetingItem(String number, String kind, String title, String caseNumber, String proposal,
                          String handling, Votes votes, String decision) {}
