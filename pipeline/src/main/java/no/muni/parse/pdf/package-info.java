/**
 * A PDF's own body read from PDFBox's layout: headings by size and weight, lists by labels and
 * indentation, tables by column alignment, italics, and page headers and footers.
 */
package no.muni.parse.pdf;
