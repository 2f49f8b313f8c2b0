package no.muni.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.EntityLookup;
import no.muni.index.QuerySyntaxException;

/**
 * What `muni org` and `muni person` share: find one entity's profile across documents and print it. A
 * name the index does not hold is an answer, not an error: exit 0 with an empty profile, as `muni search`
 * answers "0 documents".
 */
abstract class EntityProfileCommand<P> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> name;

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    /** "organisation" or "person", as the messages name it. */
    abstract String kind();

    abstract Optional<P> find(EntityLookup lookup, String name);

    /** The profile of a name the index does not hold: no variants, no documents. */
    abstract P empty(String name);

    abstract void printText(LookupPrinter printer, P profile);

    @Override
    public Integer call() throws Exception {
        String n = String.join(" ", name);
        LookupPrinter printer = new LookupPrinter(spec.commandLine().getOut());
        try (var opened = archive.open()) {
            Optional<P> profile = find(new EntityLookup(opened.archive()), n);
            if (json) {
                printer.json(profile.orElseGet(() -> empty(n)));
            } else if (profile.isPresent()) {
                printText(printer, profile.get());
            } else {
                spec.commandLine().getOut().println("no " + kind() + " named \"" + n + "\" in the index");
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
