package no.muni.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.muni.model.Email;

/**
 * The values a document is searched, filtered and faceted by beyond its own fields, derived once from the
 * export document so that every index (the embedded Lucene index, a SolrCloud collection) holds the same:
 * organisation and person names with their aliases, their lookup keys, the normalised case numbers, the
 * political bodies and an e-mail's senders and recipients.
 */
public record SearchFields(List<String> organisations, List<String> persons, Set<String> organisationKeys,
                           Set<String> personKeys, List<String> cases, List<String> bodies,
                           List<Mailbox> senders, List<Mailbox> recipients) {

    /**
     * A sender or recipient as searched: {@code label} the facet value (the address, or the name where there is
     * none), {@code name} the display name or null, {@code text} the name and address for {@code from:}/{@code to:}.
     */
    public record Mailbox(String label, String name, String text) {

        /** What the {@code from} and {@code to} filters match: the label and the name as {@link MailboxKeys} has them. */
        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(MailboxKeys.of(label));
            if (name != null) {
                keys.add(MailboxKeys.of(name));
            }
            return keys;
        }
    }

    public static SearchFields of(IndexDocument d) {
        EntityNames names = EntityNames.of(d.export());
        Email email = d.export().structure().email();
        List<Mailbox> senders = List.of();
        List<Mailbox> recipients = List.of();
        if (email != null) {
            senders = mailboxes(email.from() == null ? List.of() : List.of(email.from()));
            List<Email.Mailbox> toAndCc = new ArrayList<>(email.to());
            toAndCc.addAll(email.cc());
            recipients = mailboxes(toAndCc);
        }
        return new SearchFields(distinct(d.organisations(), names.organisations().keySet()),
                distinct(d.persons(), names.persons().keySet()), keys(names.organisations()), keys(names.persons()),
                CaseLookup.caseNumbers(d.export().structure()), CaseLookup.bodies(d.export().structure()),
                senders, recipients);
    }

    /** The mailboxes that have an address or a name; the others cannot be searched for. */
    private static List<Mailbox> mailboxes(List<Email.Mailbox> boxes) {
        List<Mailbox> out = new ArrayList<>();
        for (Email.Mailbox box : boxes) {
            String label = box.address() != null ? box.address() : box.name();
            if (label != null) {
                String text = box.name() == null ? box.address() : box.name() + " " + Objects.toString(box.address(), "");
                out.add(new Mailbox(label, box.name(), text));
            }
        }
        return out;
    }

    /** The values of both lists in order, each once, without blanks. */
    private static List<String> distinct(List<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>();
        a.forEach(all::add);
        all.addAll(b);
        all.removeIf(v -> v == null || v.isBlank());
        return new ArrayList<>(all);
    }

    /** Canonical names and aliases as lookup keys (see {@link EntityNames#key}). */
    private static Set<String> keys(Map<String, Set<String>> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach((name, aliases) -> {
            keys.add(EntityNames.key(name));
            aliases.forEach(a -> keys.add(EntityNames.key(a)));
        });
        return keys;
    }
}
