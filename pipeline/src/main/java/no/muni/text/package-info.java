/**
 * The one text toolkit of parse, structure and tag: normalisation of extracted text, the bullet glyphs
 * writers and exporters put before list items, inline markup turned into emphasis (and stripped for
 * the plain text extracted fields want), and plain text read into blocks by the line rules of
 * transcriptions.
 */
package no.muni.text;
