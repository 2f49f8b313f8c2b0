/**
 * Archive cases: every archive case number a document writes, and the case part of case documents
 * (saksframlegg, saksutredning) — officer, archive code, saksgang, innstilling, vedlegg — read from the
 * headers that Norwegian case systems (Elements, ACOS WebSak, Public 360, ePhorte) print.
 */
package no.muni.structure.cases;
