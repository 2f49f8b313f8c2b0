/**
 * Goal tables of policy documents and group summaries: policy areas, goals and the strategies
 * ("slik gjør vi det") under them.
 */
package no.muni.structure.goals;
