package no.muni.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The document types of the export contract's {@code docType}, written in lower case ("minutes").
 * Exports and the HTTP API filter by them; the pipeline decides which one a document has. The kinds
 * follow what Norwegian municipal case systems print: minutes (møteprotokoll, møtebok, referat), notice
 * (møteinnkalling with saksliste), case (saksframlegg, saksutredning), reply (svar på spørsmål,
 * interpellasjon), policy (plan, strategi, melding, plattform), consultation (høringssvar, innspill),
 * report, news (the municipality's web news), presentation, other.
 */
public enum DocType {
    MINUTES, NOTICE, CASE, REPLY, POLICY, CONSULTATION, REPORT, NEWS, PRESENTATION, OTHER;

    /** The contract's names of all types, in this order. */
    public static final List<String> CODES = Arrays.stream(values()).map(DocType::code).toList();

    /** The name the export contract writes ("minutes"). */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the type the contract calls {@code code}, or empty when it names none */
    public static Optional<DocType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
