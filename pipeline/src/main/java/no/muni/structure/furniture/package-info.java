/**
 * What is on a page but not in the document: letterheads, running headers and footers, page
 * numbers and the navigation a web scrape drags along. Removed before any field is read.
 */
package no.muni.structure.furniture;
