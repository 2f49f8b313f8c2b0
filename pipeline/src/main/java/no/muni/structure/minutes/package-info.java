/**
 * Minutes and meeting reports: organiser, participants and headcount, the agenda with its topics,
 * and who signed.
 */
package no.muni.structure.minutes;
