package no.muni.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.tika.metadata.MAPI;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;

import no.muni.model.Block;
import no.muni.model.Email;
import no.muni.model.Heading;

/**
 * Reads an e-mail's envelope from the metadata Tika's mail parsers set: {@code RFC822Parser} for .eml and
 * messages in an mbox, {@code OutlookExtractor} for .msg. Both give the subject, the sender and the sent
 * time in Dublin Core and {@code Message-*} fields; the addresses, Message-ID and the messages answered are
 * read from the raw headers where the file keeps them (a .msg keeps its transport headers only when it
 * came over SMTP), else from Outlook's own properties. Addresses are parsed with mime4j, the parser Tika's
 * mail parser uses, which also decodes RFC 2047 encoded words.
 */
final class MailEnvelope {

    private static final Set<String> MAIL_TYPES = Set.of("message/rfc822", "application/vnd.ms-outlook");
    private static final String RAW = Message.MESSAGE_RAW_HEADER_PREFIX;
    /** A Message-ID as RFC 5322 writes it: {@code <local@domain>}. */
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    /** The labels of the envelope list Tika's Outlook parser writes before a message's text. */
    private static final Set<String> ENVELOPE_LABELS = Set.of("From", "To", "Cc", "CC", "Bcc", "BCC", "Recipients");
    private static final Email.Mailbox NOBODY = new Email.Mailbox(null, null);

    private MailEnvelope() {
    }

    /** The envelope, or null when the part is no e-mail (an attachment, a PDF, …). */
    static Email read(String mediaType, Metadata metadata) {
        if (!MAIL_TYPES.contains(mediaType) && metadata.get(Message.MESSAGE_FROM) == null) {
            return null;
        }
        String subject = first(metadata.get(TikaCoreProperties.SUBJECT), metadata.get(TikaCoreProperties.TITLE));
        List<Email.Mailbox> from = mailboxes(metadata, "From", Message.MESSAGE_FROM, Message.MESSAGE_FROM_NAME,
                Message.MESSAGE_FROM_EMAIL);
        Instant sent = metadata.getDate(TikaCoreProperties.CREATED) == null ? null
                : metadata.getDate(TikaCoreProperties.CREATED).toInstant();
        List<String> messageIds = ids(first(metadata.get(RAW + "Message-ID"), metadata.get(MAPI.INTERNET_MESSAGE_ID)));
        List<String> inReplyTo = ids(first(metadata.get(RAW + "In-Reply-To"), metadata.get(MAPI.IN_REPLY_TO_ID)));
        List<String> references = ids(first(String.join(" ", metadata.getValues(RAW + "References")),
                metadata.get(MAPI.INTERNET_REFERENCES)));
        return new Email(blankToNull(subject), from.isEmpty() || from.getFirst().equals(NOBODY) ? null : from.getFirst(),
                mailboxes(metadata, "To", Message.MESSAGE_TO, Message.MESSAGE_TO_NAME, Message.MESSAGE_TO_EMAIL),
                mailboxes(metadata, "Cc", Message.MESSAGE_CC, Message.MESSAGE_CC_NAME, Message.MESSAGE_CC_EMAIL),
                sent, messageIds.isEmpty() ? null : messageIds.getFirst(),
                inReplyTo.isEmpty() ? null : inReplyTo.getLast(), references, null);
    }

    /**
     * The body of a message without what repeats its envelope: Outlook's parser writes the subject as a
     * heading and a From/To/Cc/Recipients list before the text, and the names of the attachments after
     * it; the attachments themselves are documents of their own.
     */
    static List<Block> body(List<Block> blocks, Email email, Set<String> attachmentNames) {
        int from = 0;
        if (!blocks.isEmpty() && blocks.getFirst() instanceof Heading h && h.text().strip().equals(email.subject())) {
            from = 1;
        }
        while (from + 1 < blocks.size() && ENVELOPE_LABELS.contains(blocks.get(from).text().strip())) {
            from += 2;
        }
        int to = blocks.size();
        while (to > from && blocks.get(to - 1) instanceof Heading h && attachmentNames.contains(h.text().strip())) {
            to--;
        }
        return from == 0 && to == blocks.size() ? blocks : List.copyOf(blocks.subList(from, to));
    }

    /**
     * The mailboxes of one header: parsed from the raw header if the file kept it, else from Outlook's
     * recipient names and addresses, else from Tika's decoded header values ("Name &lt;address&gt;").
     */
    private static List<Email.Mailbox> mailboxes(Metadata metadata, String header, String decoded, Property names,
                                                 Property addresses) {
        List<Email.Mailbox> raw = parse(metadata.getValues(RAW + header));
        if (!raw.isEmpty()) {
            return raw;
        }
        String[] outlookAddresses = metadata.getValues(addresses);
        String[] outlookNames = metadata.getValues(names);
        if (outlookAddresses.length > 0 && Arrays.stream(outlookAddresses).anyMatch(MailEnvelope::isAddress)
                && metadata.getValues(decoded).length <= 1) {
            List<Email.Mailbox> out = new ArrayList<>();
            for (int i = 0; i < outlookAddresses.length; i++) {
                String name = i < outlookNames.length ? outlookNames[i] : null;
                out.add(mailbox(name, outlookAddresses[i]));
            }
            return out;
        }
        List<Email.Mailbox> parsed = parse(metadata.getValues(decoded));
        if (parsed.size() == 1 && parsed.getFirst().address() == null && outlookAddresses.length == 1) {
            // Outlook's From is a display name; its address is a separate property
            return List.of(mailbox(parsed.getFirst().name(), outlookAddresses[0]));
        }
        return parsed;
    }

    /**
     * The mailboxes of header values, each address once. A value without any address is one display name
     * (Outlook writes "Kari Nordmann" where the address is a separate property); words without an address
     * beside mailboxes with one are debris of a damaged header, not a recipient.
     */
    private static List<Email.Mailbox> parse(String[] values) {
        Map<String, Email.Mailbox> out = new LinkedHashMap<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            List<Email.Mailbox> found = new ArrayList<>();
            for (Mailbox m : LenientAddressParser.DEFAULT.parseAddressList(value).flatten()) {
                Email.Mailbox box = mailbox(m.getName(), m.getAddress());
                if (box.address() != null) {
                    found.add(box);
                }
            }
            if (found.isEmpty()) {
                found.add(mailbox(value, null));
            }
            found.forEach(box -> out.putIfAbsent(box.address() != null ? box.address() : "name:" + box.name(), box));
        }
        return List.copyOf(out.values());
    }

    /**
     * A mailbox with Outlook's habits undone: an address in single quotes, a name that only repeats the
     * address, and an Exchange-internal sender ("/O=…/CN=…"), which is no address anyone can write to.
     */
    private static Email.Mailbox mailbox(String name, String address) {
        String a = address == null ? null : unquote(address);
        if (a != null && !isAddress(a)) {
            a = null;
        }
        String n = name == null ? null : unquote(name);
        if (n != null && (n.isBlank() || n.equalsIgnoreCase(a))) {
            n = null;
        }
        return new Email.Mailbox(n, a == null ? null : a.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isAddress(String s) {
        return s != null && s.indexOf('@') > 0 && s.indexOf('/') < 0 && !s.contains(" ");
    }

    private static String unquote(String s) {
        String t = s.strip();
        while (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** The Message-IDs in a header value, each once, in order. */
    private static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MESSAGE_ID.matcher(header);
        while (m.find()) {
            ids.add(m.group());
        }
        return List.copyOf(ids);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
