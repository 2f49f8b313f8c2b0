package no.muni.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.CaseLookup;
import no.muni.index.QuerySyntaxException;

@Command(name = "case", description = {"Every document and meeting item about one archive case, in time order.",
        "Shows the case's way through the bodies, each step with its proposal, votes and decision.",
        "NUMBER in any written form: 23/858, 2023/00858, RST-23/858-4."})
final class CaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Parameters(paramLabel = "NUMBER")
    String number;

    @Option(names = "--json", description = "Print the case as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (var opened = archive.open()) {
            CaseLookup.CaseHistory history = new CaseLookup(opened.archive()).history(number)
                    .orElseThrow(() -> new UsageException("no document in the index names case " + number));
            if (json) {
                new LookupPrinter(out).json(history);
            } else {
                print(out, history);
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, CaseLookup.CaseHistory h) {
        out.printf(Locale.ROOT, "case %s: %s%n", h.caseNumber(), h.title() == null ? "" : h.title());
        out.printf(Locale.ROOT, "written as %s; %d documents%s%n", String.join(", ", h.written()), h.documents(),
                h.partial() ? " (only the first " + CaseLookup.MAX_DOCUMENTS_PER_CASE + " read)" : "");
        if (!h.route().isEmpty()) {
            out.println("saksgang: " + String.join(" → ", h.route().stream()
                    .map(r -> join(r.body(), r.date() == null ? null : r.date().toString(), r.itemNumber())).toList()));
        }
        for (CaseLookup.CaseStep s : h.steps()) {
            out.printf(Locale.ROOT, "%n%s  %s%n", s.date() == null ? "(undated)  " : s.date(),
                    join(s.body(), s.itemNumber(), s.title(), "[" + s.docType() + "]"));
            out.println("    " + s.documentId());
            line(out, "proposal", s.proposal());
            if (s.votes() != null) {
                line(out, "votes", s.votes().unanimous() ? "unanimous"
                        : join(s.votes().forCount() == null ? null : s.votes().forCount() + " for",
                        s.votes().againstCount() == null ? null : s.votes().againstCount() + " against",
                        s.votes().parties().isEmpty() ? null : String.join(", ", s.votes().parties())));
            }
            line(out, "decision", s.decision());
        }
    }

    private static void line(PrintWriter out, String label, String text) {
        if (text != null && !text.isBlank()) {
            out.printf(Locale.ROOT, "    %s: %s%n", label, text.strip().replaceAll("\\s*\\n\\s*", "\n      "));
        }
    }

    private static String join(String... parts) {
        return String.join("  ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
