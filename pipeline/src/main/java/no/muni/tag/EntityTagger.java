package no.muni.tag;

import java.util.List;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.tag.measure.DocumentMeasures;
import no.muni.tag.measure.MeasureExtractor;

/**
 * The tag stage: finds the organisations, persons and places of a structured document. Offsets in the
 * result refer to {@code structure.text()}. Implementations must be safe to call from several worker
 * threads.
 */
public interface EntityTagger {

    /**
     * @param textMeasures the measures stated in the document's text ({@link DocumentMeasures#inText}): their
     *     names are initiatives, not organisations
     */
    Entities tag(DocumentStructure structure, List<MeasureExtractor.Found> textMeasures);

    default Entities tag(DocumentStructure structure) {
        return tag(structure, DocumentMeasures.inText(structure));
    }
}
