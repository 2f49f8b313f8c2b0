package no.muni.model;

/** An amount of money a document states, as written ("0.5 millioner kroner") and in kroner. */
public record Amount(String text, long nok) {}
