package no.muni.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.ingest.RunLog;
import no.muni.ingest.RunReport;

@Command(name = "runs", description = "Past ingest runs, latest first, from <index>/runs/: counts and durations.")
final class RunsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Number of runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the runs as a JSON array.")
    boolean json;

    /** One line of the history; the full report, with failures and warnings, stays in its file. */
    record RunSummary(String id, Instant startedAt, Instant finishedAt, long wallMillis, String pipelineVersion,
                      List<String> roots, RunReport.Counts counts) {

        static RunSummary of(RunLog.RecordedRun run) {
            RunReport r = run.report();
            return new RunSummary(run.id(), r.startedAt(), r.finishedAt(), r.wallMillis(), r.pipelineVersion(),
                    r.roots(), r.counts());
        }
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RunSummary> runs;
        String where;
        try (var opened = archive.open()) {
            runs = opened.runs().latestFirst(limit).stream().map(RunSummary::of).toList();
            where = opened.name();
        }
        if (json) {
            out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(runs));
        } else if (runs.isEmpty()) {
            out.println("no runs recorded in " + where);
        } else {
            out.printf(Locale.ROOT, "%-20s %10s %7s %7s %7s %9s %7s %7s %9s  %s%n", "run", "seconds", "seen", "new",
                    "changed", "unchanged", "deleted", "failed", "documents", "pipeline");
            for (RunSummary r : runs) {
                RunReport.Counts c = r.counts();
                out.printf(Locale.ROOT, "%-20s %10.1f %7d %7d %7d %9d %7d %7d %9d  %s%n", r.id(), r.wallMillis() / 1000.0,
                        c.seen(), c.newFiles(), c.changed(), c.unchanged(), c.deleted(), c.failed(), c.documents(),
                        r.pipelineVersion());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
