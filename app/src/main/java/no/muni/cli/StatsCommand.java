package no.muni.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import no.muni.index.Archive;
import no.muni.index.IndexFields;
import no.muni.ingest.RunReport;

@Command(name = "stats", description = {"Work counts by type, format and year, and the last run's summary.",
        "Years run oldest first; documents without a date are counted as undated."})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (var opened = archive.open()) {
            Archive view = opened.archive();
            out.println("works: " + view.workCount());
            out.println("documents: " + view.documentCount() + " (renditions of the same text are one work; "
                    + "the counts below are works)");
            print(out, "by type", view.counts(IndexFields.DOC_TYPE, 50));
            print(out, "by format", view.counts(IndexFields.FORMAT, 50));
            print(out, "by year", view.countsByYear());
            opened.runs().latest().ifPresent(run -> {
                RunReport r = run.report();
                RunReport.Counts c = r.counts();
                out.printf("last run: %s, %d ms: %d seen, %d new, %d changed, %d unchanged, %d deleted, %d failed%n",
                        r.startedAt(), r.wallMillis(), c.seen(), c.newFiles(), c.changed(), c.unchanged(), c.deleted(),
                        c.failed());
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String heading, Map<String, Long> counts) {
        out.println(heading + ":");
        counts.forEach((k, v) -> out.printf("  %-60s %d%n", k, v));
    }
}
