package no.muni.solr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.muni.ingest.IngestListener;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.Partition;
import no.muni.ingest.RunReport;
import no.muni.pipeline.DocumentProcessor;

/** Workers 1/2 and 2/2 running at the same time into one collection, one thread each, as two machines would. */
final class TwoWorkers {

    private TwoWorkers() {
    }

    /** Both runs' reports, partition 1 first. */
    static List<RunReport> run(SolrCollection collection, DocumentProcessor.Factory processors, List<Path> roots,
                               Duration lockTtl) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunReport>> runs = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                SolrDestination destination = new SolrDestination(collection, new Partition(i, 2), lockTtl);
                runs.add(workers.submit(() -> new IngestRun(processors, new IngestOptions(1, 1_000, false))
                        .run(roots, destination, IngestListener.NONE)));
            }
            List<RunReport> reports = new ArrayList<>();
            for (Future<RunReport> run : runs) {
                reports.add(run.get());
            }
            return reports;
        } finally {
            workers.shutdown();
        }
    }
}
