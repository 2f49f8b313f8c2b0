package no.muni.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;

import no.muni.index.EntityLookup;
import no.muni.index.ExportJson;

/** Prints the entity lookups for a terminal or as JSON. */
final class LookupPrinter {

    private final PrintWriter out;

    LookupPrinter(PrintWriter out) {
        this.out = out;
    }

    /** As the export writes it: dates ("2023-09-12" in a case's saksgang) as ISO strings. */
    void json(Object value) throws JsonProcessingException {
        out.println(ExportJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
    }

    void entity(String kind, List<EntityLookup.NameCount> variants, long documentCount,
                List<EntityLookup.EntityDocument> documents, String first, String last, Map<String, Long> docTypes) {
        out.printf(Locale.ROOT, "%s: %s%n", kind, String.join(", ", variants.stream()
                .map(v -> v.name() + " (" + v.documents() + ")").toList()));
        out.printf(Locale.ROOT, "%d documents, %s – %s; by type: %s%s%n", documentCount, first == null ? "?" : first,
                last == null ? "?" : last, counts(docTypes),
                documentCount > documents.size() ? "; the newest " + documents.size() + " shown" : "");
        for (EntityLookup.EntityDocument d : documents) {
            out.printf(Locale.ROOT, "%n  %s  [%s%s] %d mentions%n    %s%n", d.title(), d.docType(),
                    d.date() == null ? "" : ", " + d.date(), d.mentions(), d.id());
            d.snippets().forEach(s -> out.println("    " + s));
        }
    }

    /** Says that a profile covers only the first names containing the query (see the profile's {@code partial}). */
    void partial(boolean partial) {
        if (partial) {
            out.println("partial: more names contain this than one search may ask for; only the first are counted "
                    + "(give more of the name)");
        }
    }

    void ranked(String heading, List<EntityLookup.NameCount> names) {
        if (!names.isEmpty()) {
            out.println();
            out.println(heading + ":");
            names.forEach(n -> out.printf(Locale.ROOT, "  %-50s %d%n", n.name(), n.documents()));
        }
    }

    void list(String heading, List<String> values) {
        if (!values.isEmpty()) {
            out.println(heading + ": " + String.join(", ", values));
        }
    }

    void measures(List<EntityLookup.MeasureMention> measures) {
        for (EntityLookup.MeasureMention m : measures) {
            out.printf(Locale.ROOT, "%n  %s%s%n", m.section() == null ? "" : m.section() + (m.item() == null ? "" : " " + m.item()) + "  ",
                    m.text());
            out.printf(Locale.ROOT, "    %s [%s%s] period %s, status %s, responsible %s%s%n", m.documentTitle(), m.docType(),
                    m.date() == null ? "" : ", " + m.date(), orDash(m.period()), orDash(m.status()),
                    orDash(m.responsible()), m.organisations().isEmpty() ? "" : ", with " + String.join(", ", m.organisations()));
        }
    }

    /** "minutes 2, policy 1": counts as a reader writes them, largest first. */
    static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
