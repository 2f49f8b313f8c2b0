package no.muni.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.index.CaseLookup;
import no.muni.index.QuerySyntaxException;

@Command(name = "cases", description = {"Archive cases named in documents of a body and year, newest case first.",
        "Each with title, documents, bodies and first and last date. See one with `muni case NUMBER`."})
final class CasesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--body", paramLabel = "BODY", description = "Only cases before this body, e.g. Formannskapet (case ignored).")
    String body;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only cases in documents dated in this year.")
    Integer year;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many cases, 1-500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the cases as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (var opened = archive.open()) {
            CaseLookup.CaseList list = new CaseLookup(opened.archive()).list(body, year, limit);
            if (json) {
                new LookupPrinter(out).json(list);
            } else {
                out.printf(Locale.ROOT, "%d cases%s%s%s%n", list.total(), body == null ? "" : " before " + list.body(),
                        year == null ? "" : " in " + year,
                        list.total() > list.cases().size() ? " (the newest " + list.cases().size() + " shown)" : "");
                for (CaseLookup.CaseSummary c : list.cases()) {
                    out.printf(Locale.ROOT, "%-11s %-50s %2d docs  %s – %s  %s%n", c.caseNumber(), c.title(),
                            c.documents(), c.firstDate() == null ? "?" : c.firstDate(),
                            c.lastDate() == null ? "?" : c.lastDate(), String.join(" → ", c.bodies()));
                }
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
