package no.muni.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.EntityLookup;
import no.muni.index.QuerySyntaxException;

@Command(name = "measure", description = {
        "Measures (tiltak) containing every word of TEXT, across documents, with period, status and who is responsible.",
        "Words match inflected forms and parts of compounds. No match: exit 0 and an empty list."})
final class MeasureCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Parameters(arity = "1..*", paramLabel = "TEXT")
    List<String> text;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many measures (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the measures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String t = String.join(" ", text);
        LookupPrinter printer = new LookupPrinter(spec.commandLine().getOut());
        try (var opened = archive.open()) {
            EntityLookup.MeasureSearch found = new EntityLookup(opened.archive()).measures(t, Math.max(1, limit));
            if (json) {
                printer.json(found);
            } else {
                spec.commandLine().getOut().printf("%d measures mention \"%s\"%s%n", found.measures().size(), t,
                        found.partial() ? " in the newest " + found.documentsRead() + " documents (partial: more "
                                + "documents match; use more words)" : "");
                printer.measures(found.measures());
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
