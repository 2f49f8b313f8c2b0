package no.muni.model;

import java.util.List;

/**
 * The document types of the export contract's {@code docType}. Exports and the HTTP API filter by
 * them; the pipeline decides which one a document has.
 */
public final class DocType {
    public static final String REPLY = "reply";
    public static final String MINUTES = "minutes";
    public static final String POLICY = "policy";
    public static final String PRESENTATION = "presentation";
    public static final String CASE = "case";
    public static final String REPORT = "report";
    public static final String OTHER = "other";

    public static final List<String> ALL = List.of(REPLY, MINUTES, POLICY, PRESENTATION, CASE, REPORT, OTHER);

    private DocType() {
    }
}
