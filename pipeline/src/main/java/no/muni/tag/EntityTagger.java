package no.muni.tag;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;

/**
 * The tag stage: finds organisations, persons, places, amounts and measures in a structured document.
 * Offsets in the result refer to {@code structure.text()}. Implementations must be safe to call from
 * several worker threads.
 */
public interface EntityTagger {
    Entities tag(DocumentStructure structure);
}
