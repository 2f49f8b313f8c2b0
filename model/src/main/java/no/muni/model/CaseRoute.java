package no.muni.model;

import java.time.LocalDate;

/** One step of a case's way through the bodies (saksgang): the body, its item number there as written, the meeting date. */
public record CaseRoute(String body, String itemNumber, LocalDate date) {}
