/**
 * Canonical names: the surface forms of one organisation or person (case, inflection, abbreviations)
 * mapped to one name.
 */
package no.muni.tag.normalise;
