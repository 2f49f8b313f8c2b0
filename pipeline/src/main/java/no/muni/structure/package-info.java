/**
 * The structure stage: from a document's blocks to its {@link no.muni.model.DocumentStructure} —
 * page furniture removed, common fields filled, the document type classified and the type's extractor run.
 */
package no.muni.structure;
