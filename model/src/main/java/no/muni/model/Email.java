package no.muni.model;

import java.time.Instant;
import java.util.List;

/**
 * The envelope of an e-mail (.eml, .msg, a message in an mbox or attached to another): its subject, who
 * sent it to whom, when ({@code sent}, the Date header, an instant in UTC), its Message-ID and the
 * messages it answers ({@code inReplyTo}, {@code references}, oldest first as the header lists them).
 * {@code threadId} names the thread the index groups it into (see README, "E-mail"); null until then.
 * Unknown values are null, lists empty. The body is the document's text; attachments are child documents.
 */
public record Email(String subject, Mailbox from, List<Mailbox> to, List<Mailbox> cc, Instant sent,
                    String messageId, String inReplyTo, List<String> references, String threadId) {

    public Email {
        to = Lists.copy(to);
        cc = Lists.copy(cc);
        references = Lists.copy(references);
    }

    /** A sender or recipient: the display name (null when the header gives none) and the address. */
    public record Mailbox(String name, String address) {
    }

    /** The same message placed in the given thread. */
    public Email withThreadId(String thread) {
        return new Email(subject, from, to, cc, sent, messageId, inReplyTo, references, thread);
    }

    /** The Message-IDs this message answers: In-Reply-To and References, each once, oldest first. */
    public List<String> answers() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(references);
        if (inReplyTo != null) {
            ids.add(inReplyTo);
        }
        return List.copyOf(ids);
    }
}
