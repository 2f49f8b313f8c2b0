/**
 * Presentations: slides, the committee a presentation introduces and the numbers it states.
 */
package no.muni.structure.presentation;
