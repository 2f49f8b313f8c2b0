/**
 * The tag stage: organisations, persons and places in a document's text, from OpenNLP models trained
 * on NorNE, the gazetteer, naming conventions and the document's structure, merged into canonical entities.
 */
package no.muni.tag;
