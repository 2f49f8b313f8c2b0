/**
 * Political vocabulary shared by the extractors: the parties and how documents abbreviate them.
 */
package no.muni.structure.politics;
