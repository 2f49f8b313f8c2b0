/**
 * The document model every stage exchanges and the export contract: parsed blocks, the structure
 * and entities of a document, and {@link no.muni.model.ExportDocument}, whose components are the export's
 * JSON fields. Plain records with Jackson's annotations only, so every module can depend on them.
 */
package no.muni.model;
