package no.muni.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.DocumentIndex;
import no.muni.index.EntityLookup;
import no.muni.index.IndexView;
import no.muni.index.QuerySyntaxException;

@Command(name = "person", description = {"Every document that names a person, with mentions, dates, roles and parties.",
        "Matches names and aliases containing NAME (case and æ/ø/å ignored)."})
final class PersonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> name;

    @Option(names = "--json", description = "Print the profile as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String n = String.join(" ", name);
        LookupPrinter printer = new LookupPrinter(spec.commandLine().getOut());
        try (IndexView view = DocumentIndex.at(index.dir).openView()) {
            EntityLookup.PersonProfile p = new EntityLookup(view).person(n)
                    .orElseThrow(() -> new UsageException("no person named \"" + n + "\" in the index"));
            if (json) {
                printer.json(p);
            } else {
                printer.entity("person", p.variants(), p.documents(), p.firstDate(), p.lastDate(), p.docTypes());
                printer.list("roles", p.roles());
                printer.list("parties", p.parties());
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
