package no.muni.model;

import java.util.List;

/**
 * The document types of the export contract's {@code docType}. Exports and the HTTP API filter by
 * them; the pipeline decides which one a document has. The kinds follow
 * what Norwegian municipal case systems print: minutes (møteprotokoll, møtebok, referat), notice
 * (møteinnkalling with saksliste), case (saksframlegg, saksutredning), reply (svar på spørsmål,
 * interpellasjon), policy (plan, strategi, melding, plattform), consultation (høringssvar, innspill),
 * report, news (the municipality's web news), presentation, other.
 */
public final class DocType {
    public static final String MINUTES = "minutes";
    public static final String NOTICE = "notice";
    public static final String CASE = "case";
    public static final String REPLY = "reply";
    public static final String POLICY = "policy";
    public static final String CONSULTATION = "consultation";
    public static final String REPORT = "report";
    public static final String NEWS = "news";
    public static final String PRESENTATION = "presentation";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(MINUTES, NOTICE, CASE, REPLY, POLICY, CONSULTATION, REPORT, NEWS,
            PRESENTATION, OTHER);

    private DocType() {
    }
}
