/**
 * Dates as Norwegian documents write them ("21.08.2023", "22. mai 2019", "våren 2024").
 */
package no.muni.structure.dates;
