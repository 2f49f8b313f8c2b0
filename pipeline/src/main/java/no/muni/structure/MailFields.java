package no.muni.structure;

import java.time.ZoneId;

import no.muni.model.DocumentStructure;
import no.muni.model.Email;

/**
 * What an e-mail's envelope says about the document: its subject is the title and the day it was sent
 * is the date, whatever the body's first lines look like (a greeting, a quoted message, a signature).
 * The day is the one in Norway, where the municipalities are: a message sent 23:40 UTC in winter is
 * dated the next day.
 */
final class MailFields {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private MailFields() {
    }

    /** @return the title chosen: the subject, or {@code bodyTitle} for a message without one */
    static String fill(Email email, String bodyTitle, DocumentStructure.Builder into) {
        into.email(email);
        if (email.sent() != null) {
            into.date(email.sent().atZone(NORWAY).toLocalDate()).dateText(null);
        }
        String title = email.subject() != null ? email.subject() : bodyTitle;
        into.title(title);
        return title;
    }
}
