package no.muni.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;

@Command(name = "stats", description = "Document counts by format and type, and the last run's summary.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        DocumentIndex idx = DocumentIndex.at(index.dir);
        try (IndexView view = idx.openView()) {
            out.println("documents: " + view.documentCount());
            print(out, "by type", view.counts(IndexFields.DOC_TYPE, 50));
            print(out, "by format", view.counts(IndexFields.FORMAT, 50));
            print(out, "by year", view.counts(IndexFields.YEAR, 50));
        }
        Optional<Path> last = lastReport(idx.runsDir());
        if (last.isPresent()) {
            JsonNode r = new ObjectMapper().readTree(last.get().toFile());
            JsonNode c = r.path("counts");
            out.printf("last run: %s, %d ms: %d seen, %d new, %d changed, %d unchanged, %d deleted, %d failed%n",
                    r.path("startedAt").asText(), r.path("wallMillis").asLong(), c.path("seen").asLong(),
                    c.path("newFiles").asLong(), c.path("changed").asLong(), c.path("unchanged").asLong(),
                    c.path("deleted").asLong(), c.path("failed").asLong());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String heading, Map<String, Long> counts) {
        out.println(heading + ":");
        counts.forEach((k, v) -> out.printf("  %-60s %d%n", k, v));
    }

    static Optional<Path> lastReport(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(runs)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).max(Path::compareTo);
        }
    }
}
