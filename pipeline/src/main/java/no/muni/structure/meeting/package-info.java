/**
 * Meetings of political bodies as minutes (møteprotokoll, møtebok), notices (møteinnkalling with
 * saksliste) and case protocols print them: the form's header (Utvalg, Møtested, Møtedato, Tid), the
 * members called, the saksliste's rows and each item's innstilling, behandling, votering and vedtak.
 * Readers work on the document's text with its lines, so that they read both a clean PDF's lines and
 * a transcript's flattened pages, where a table's cells run together on one line.
 */
package no.muni.structure.meeting;
