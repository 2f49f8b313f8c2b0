package no.muni.index;

import java.time.LocalDate;
import java.util.List;

import no.muni.model.ExportDocument;

/**
 * What the pipeline hands to the index for one source document: the fields to search and facet on,
 * plus the export document itself, which the index stores as JSON ({@link ExportJson}) and reads its
 * entity names from. The index knows nothing about how these were produced.
 */
public record IndexDocument(
        String id,
        String parentId,
        String root,
        String source,
        String sha256,
        String format,
        String docType,
        String title,
        LocalDate date,
        String text,
        List<String> organisations,
        List<String> persons,
        List<String> places,
        List<String> measures,
        String pipelineVersion,
        ExportDocument export) {

    public IndexDocument {
        organisations = List.copyOf(organisations);
        persons = List.copyOf(persons);
        places = List.copyOf(places);
        measures = List.copyOf(measures);
    }
}
