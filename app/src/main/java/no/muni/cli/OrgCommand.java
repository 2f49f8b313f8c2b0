package no.muni.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;

import no.muni.index.EntityLookup;

@Command(name = "org", description = {
        "Every document that names an organisation, with mentions, dates, co-occurring organisations and measures.",
        "Matches names and aliases containing NAME (case and æ/ø/å ignored). No match: exit 0 and an empty profile."})
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
    EntityLookup.OrganisationProfile empty(String name) {
        return new EntityLookup.OrganisationProfile(name, 0, List.of(), List.of(), null, null, Map.of(), List.of(),
                List.of(), false);
    }

    @Override
    void printText(LookupPrinter printer, EntityLookup.OrganisationProfile p) {
        printer.entity("organisation", p.variants(), p.documentCount(), p.documents(), p.firstDate(), p.lastDate(), p.docTypes());
        printer.partial(p.partial());
        printer.ranked("named together with", p.coOrganisations());
        printer.measures(p.measures());
    }
}
