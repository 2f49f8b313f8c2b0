package no.muni.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import no.muni.solr.SolrConfigset;

@Command(name = "solr-configset", description = {
        "Write muni's Solr configset (solrconfig.xml, schema.xml, compound-words.txt) to DIR/conf.",
        "Upload it with Solr's own tools, e.g. `bin/solr zk upconfig -n muni -d DIR -z ZK_HOST`."})
final class SolrConfigsetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if missing).")
    Path out;

    @Override
    public Integer call() {
        if (out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new UsageException("cannot write " + out + ": the folder " + out.toAbsolutePath().getParent()
                    + " does not exist");
        }
        Path conf = SolrConfigset.writeTo(out);
        spec.commandLine().getOut().println("wrote the configset to " + conf);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
