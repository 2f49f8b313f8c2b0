/**
 * Measures (tiltak) and amounts in running text, and {@link no.muni.tag.measure.DocumentMeasures}, the one
 * place a document's structured and text measures are merged.
 */
package no.muni.tag.measure;
