package no.muni.index;

import java.util.Locale;

/** The key a sender or recipient is filtered by: an address or a name, lower case, spaces collapsed. */
public final class MailboxKeys {

    private MailboxKeys() {
    }

    public static String of(String addressOrName) {
        return addressOrName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
