package no.muni.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One document as exported and stored in the index: where it came from, its structure and its
 * entities, flattened into the export contract's field names. {@code ocr} marks text read by OCR
 * from {@code ocrPages} scanned pages or images.
 */
@JsonPropertyOrder({"id", "workId", "parentId", "source", "root", "sha256", "format", "language", "pipelineVersion"})
public record ExportDocument(
        String id,
        String workId,
        String parentId,
        String source,
        String root,
        String sha256,
        String format,
        String language,
        String pipelineVersion,
        @JsonUnwrapped DocumentStructure structure,
        List<Entities.Entity> organisations,
        List<Entities.Entity> persons,
        List<Entities.Entity> places,
        List<Amount> amounts,
        List<String> warnings,
        boolean ocr,
        int ocrPages) {

    public ExportDocument {
        organisations = Lists.copy(organisations);
        persons = Lists.copy(persons);
        places = Lists.copy(places);
        amounts = Lists.copy(amounts);
        warnings = Lists.copy(warnings);
    }

    /**
     * The same document as a rendition of the given work: the smallest id among the documents with the
     * same or nearly the same text (the index groups works; until then a document is a work of its own).
     */
    public ExportDocument withWorkId(String work) {
        return new ExportDocument(id, work, parentId, source, root, sha256, format, language, pipelineVersion, structure,
                organisations, persons, places, amounts, warnings, ocr, ocrPages);
    }

    /**
     * The same document placed in the given e-mail thread (see README, "E-mail"); a document that is no
     * e-mail stays as it is.
     */
    public ExportDocument withThreadId(String thread) {
        if (structure == null || structure.email() == null) {
            return this;
        }
        DocumentStructure threaded = structure.toBuilder().email(structure.email().withThreadId(thread)).build();
        return new ExportDocument(id, workId, parentId, source, root, sha256, format, language, pipelineVersion, threaded,
                organisations, persons, places, amounts, warnings, ocr, ocrPages);
    }
}
