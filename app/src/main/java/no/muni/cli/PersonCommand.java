package no.muni.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;

import no.muni.index.EntityLookup;

@Command(name = "person", description = {"Every document that names a person, with mentions, dates, roles and parties.",
        "Matches names and aliases containing NAME (case and æ/ø/å ignored). No match: exit 0 and an empty profile."})
final class PersonCommand extends EntityProfileCommand<EntityLookup.PersonProfile> {

    @Override
    String kind() {
        return "person";
    }

    @Override
    Optional<EntityLookup.PersonProfile> find(EntityLookup lookup, String name) {
        return lookup.person(name);
    }

    @Override
    EntityLookup.PersonProfile empty(String name) {
        return new EntityLookup.PersonProfile(name, 0, List.of(), List.of(), null, null, Map.of(), List.of(), List.of(), false);
    }

    @Override
    void printText(LookupPrinter printer, EntityLookup.PersonProfile p) {
        printer.entity("person", p.variants(), p.documentCount(), p.documents(), p.firstDate(), p.lastDate(), p.docTypes());
        printer.partial(p.partial());
        printer.list("roles", p.roles());
        printer.list("parties", p.parties());
    }
}
