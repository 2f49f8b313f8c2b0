package no.muni.model;

import java.util.List;

/**
 * The case part of a case document (saksframlegg, saksutredning): the archive case normalised by
 * {@link CaseRef#normalise}, the officer (saksbehandler), archive code ("Arkiv: 223", "FA-U01"), its way
 * through the bodies (saksgang), the administration's recommendation (innstilling, forslag til vedtak)
 * and the attachments (vedlegg) listed.
 */
public record CaseInfo(String caseNumber, String officer, String archiveCode, List<CaseRoute> route,
                       String recommendation, List<String> attachments) {
    public CaseInfo {
        route = Lists.copy(route);
        attachments = Lists.copy(attachments);
    }
}
