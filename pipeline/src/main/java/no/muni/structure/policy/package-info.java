/**
 * Policy documents (plattform, plan, strategi, melding): the adopting decision, the numbered
 * outline with principles and measure lists, and the documents a policy builds on.
 */
package no.muni.structure.policy;
