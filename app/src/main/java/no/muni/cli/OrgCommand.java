package no.muni.cli;

import java.util.Optional;

import picocli.CommandLine.Command;

import no.muni.index.EntityLookup;

@Command(name = "org", description = {"Every document that names an organisation, with mentions, dates, co-occurring",
        "organisations and linked measures. Matches names and aliases containing NAME (case and æ/ø/å ignored)."})
final class OrgCommand extends EntityProfileCommand<EntityLookup.OrganisationProfile> {

    @Override
    String kind() {
        return "organisation";
    }

    @Override
    Optional<EntityLookup.OrganisationProfile> find(EntityLookup lookup, String name) {
        return lookup.organisation(name);
    }

    @Override
    void printText(LookupPrinter printer, EntityLookup.OrganisationProfile p) {
        printer.entity("organisation", p.variants(), p.documentCount(), p.documents(), p.firstDate(), p.lastDate(), p.docTypes());
        printer.ranked("named together with", p.coOrganisations());
        printer.measures(p.measures());
    }
}
