package no.muni.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.index.QuerySyntaxException;
import no.muni.index.SearchHit;
import no.muni.index.SearchResults;

@Command(name = "search", description = {
        "Search the index with Lucene query syntax: words, \"phrases\", AND/OR/NOT, wild*cards, title:word."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are ANDed).")
    java.util.List<String> query;

    @Option(names = "--limit", defaultValue = "10", description = "Number of hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print hits as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 1000) {
            throw new UsageException("--limit must be between 1 and 1000");
        }
        PrintWriter out = spec.commandLine().getOut();
        String q = String.join(" ", query);
        SearchResults results;
        try (IndexView view = DocumentIndex.at(index.dir).openView()) {
            results = view.search(q, limit);
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            out.printf(Locale.ROOT, "%d documents match \"%s\"%n", results.total(), q);
            int rank = 1;
            for (SearchHit hit : results.hits()) {
                out.printf(Locale.ROOT, "%n%d. %s  [%s%s]%n   %s%n", rank++, hit.title(), hit.docType(),
                        hit.date() == null ? "" : ", " + hit.date(), hit.id());
                if (!hit.snippet().isEmpty()) {
                    out.println("   " + hit.snippet());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
