package no.muni.structure;

import no.muni.model.DocumentStructure;
import no.muni.model.ParsedContent;

/** The structure stage: blocks in, typed structure out. Implementations are stateless and thread-safe. */
public interface StructureExtractor {
    DocumentStructure extract(ParsedContent content);
}
