package no.muni.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.solr.SolrCollection;
import no.muni.solr.SolrConfigset;

@Command(name = "solr-init", description = {
        "Upload muni's configset to a SolrCloud cluster and create a collection for `muni ingest --solr`.",
        "An existing collection is left as it is (exit 0)."})
final class SolrInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SolrOption solr;

    @Option(names = "--shards", defaultValue = "2", description = "Shards of the new collection (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", defaultValue = "1", description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Override
    public Integer call() {
        if (!solr.given()) {
            throw new UsageException("solr-init needs --solr URL and --collection NAME");
        }
        if (shards < 1 || replicas < 1) {
            throw new UsageException("--shards and --replicas must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (SolrCollection collection = solr.connect()) {
            if (collection.exists()) {
                out.println("collection " + collection.name() + " exists at " + collection.baseUrl() + "; left as it is");
            } else {
                collection.create(shards, replicas);
                out.println("created collection " + collection.name() + " (" + shards + " shards x " + replicas
                        + " replicas, configset " + SolrConfigset.NAME + ") at " + collection.baseUrl());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
