/**
 * Plain text read into blocks by the line rules of transcriptions, and inline markup (italics,
 * bold, quotes) turned into emphasis.
 */
package no.muni.structure.text;
