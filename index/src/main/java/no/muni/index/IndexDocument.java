package no.muni.index;

import java.time.LocalDate;
import java.util.List;

import no.muni.model.Entities.Entity;
import no.muni.model.ExportDocument;
import no.muni.model.Measure;

/**
 * What the pipeline hands to the index for one source document: its export document, which the index
 * stores as JSON ({@link ExportJson}), seen as the values the index searches and facets on. Every value
 * is read from the export's typed components, so the stored document and its index fields cannot
 * disagree. The index knows nothing about how these were produced.
 */
public record IndexDocument(ExportDocument export) {

    public String id() {
        return export.id();
    }

    public String parentId() {
        return export.parentId();
    }

    public String root() {
        return export.root();
    }

    public String source() {
        return export.source();
    }

    public String sha256() {
        return export.sha256();
    }

    public String format() {
        return export.format();
    }

    public String pipelineVersion() {
        return export.pipelineVersion();
    }

    /** The document type's contract code ("minutes", "reply"…). */
    public String docType() {
        return export.structure().docType().code();
    }

    public String title() {
        return export.structure().title();
    }

    public LocalDate date() {
        return export.structure().date();
    }

    public String text() {
        return export.structure().text();
    }

    public List<String> organisations() {
        return names(export.organisations());
    }

    public List<String> persons() {
        return names(export.persons());
    }

    public List<String> places() {
        return names(export.places());
    }

    public List<String> measures() {
        return export.structure().measures().stream().map(Measure::text).toList();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
