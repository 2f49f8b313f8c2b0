package no.muni.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.IndexFields;
import no.muni.index.QuerySyntaxException;
import no.muni.index.SearchHit;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SortOrder;

@Command(name = "search", description = {
        "Search the index with Lucene query syntax: words, \"phrases\", AND/OR/NOT, wild*cards, title:word, from:name.",
        "from: and to: search an e-mail's sender and its To and Cc recipients (names and addresses).",
        "Words also match inside compounds and without æ/ø/å; \"quoted phrases\" match as written.",
        "No match: exit 0 and an empty result (\"0 documents match\", or total 0 with --json)."})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArchiveOptions archive;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are ANDed).")
    List<String> query;

    @Option(names = "--limit", defaultValue = "10", description = "Hits per page, 1-100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page", defaultValue = "1", description = "Page of hits, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only documents of this type (repeatable): reply, minutes, policy…")
    List<String> types = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YEAR", description = "Only documents dated in this year (repeatable).")
    List<String> years = new ArrayList<>();

    @Option(names = "--org", paramLabel = "NAME", description = "Only documents naming this organisation (repeatable).")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--body", paramLabel = "BODY", description = "Only documents of this body's meetings or saksgang, e.g. Kommunestyret (repeatable).")
    List<String> bodies = new ArrayList<>();

    @Option(names = "--case", paramLabel = "NUMBER", description = "Only documents naming this archive case, in any written form (repeatable).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--from", paramLabel = "SENDER", description = "Only e-mails from this address or name, case ignored (repeatable).")
    List<String> senders = new ArrayList<>();

    @Option(names = "--to", paramLabel = "RECIPIENT", description = "Only e-mails to or copied to this address or name, case ignored (repeatable).")
    List<String> recipients = new ArrayList<>();

    @Option(names = "--format", paramLabel = "MIME", description = "Only documents of this format (repeatable).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--json", description = "Print hits as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String q = String.join(" ", query);
        SearchPage results;
        Map<String, List<String>> filters = Map.of(IndexFields.DOC_TYPE, types, IndexFields.YEAR, years,
                IndexFields.ORGANISATION, orgs, IndexFields.FORMAT, formats, IndexFields.BODY, bodies,
                IndexFields.CASE, cases, IndexFields.FROM, senders, IndexFields.TO, recipients);
        try {
            SearchRequest request = new SearchRequest(q, filters, SortOrder.parse(sort), page, limit, 0);
            try (var opened = archive.open()) {
                results = opened.archive().search(request);
            }
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.getMessage());
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        } else {
            out.printf(Locale.ROOT, "%d documents match \"%s\"%s%n", results.total(), q,
                    results.partial() ? " (time limit reached: results incomplete)" : "");
            int rank = (page - 1) * limit + 1;
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
