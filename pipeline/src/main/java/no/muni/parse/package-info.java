/**
 * The parse stage: Tika (PDFBox for PDF) turns a file and its embedded documents into blocks —
 * headings, paragraphs, list items, tables, page breaks — under size, depth and member limits.
 */
package no.muni.parse;
