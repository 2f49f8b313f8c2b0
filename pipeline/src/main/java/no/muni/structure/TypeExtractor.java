package no.muni.structure;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;

/**
 * Fills the typed fields of one document type (reply, minutes, policy, presentation…) into a
 * builder whose common fields (title, date, case number, text, sections) are already set.
 * Implementations are stateless and thread-safe.
 */
public interface TypeExtractor {

    /** @param body the document's blocks, page furniture and scraped junk already removed */
    void extract(List<Block> body, DocumentStructure.Builder into);

    /** This extractor, then {@code next} on the same builder (minutes: the referat's fields, then the meeting). */
    default TypeExtractor andThen(TypeExtractor next) {
        return (body, into) -> {
            extract(body, into);
            next.extract(body, into);
        };
    }
}
