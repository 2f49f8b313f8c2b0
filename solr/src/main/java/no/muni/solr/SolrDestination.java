package no.muni.solr;

import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.DocumentSink;
import no.muni.index.ExportJson;
import no.muni.ingest.FailureStore;
import no.muni.ingest.IngestDestination;
import no.muni.ingest.Partition;
import no.muni.ingest.RunReport;

/**
 * One partition of a SolrCloud collection as the destination of an ingest run: a stateless worker. The state it
 * decides by is in the collection; its lock ({@link PartitionLock}) keeps a second worker off the partition; its
 * run report becomes a document {@code run/I/N/STARTED} ({@code recordType:run}); its failed files are remembered
 * in the collection ({@link SolrFailures}).
 */
public final class SolrDestination implements IngestDestination {

    /** How long a lock outlives its worker when the worker dies without releasing it. */
    public static final Duration DEFAULT_LOCK_TTL = Duration.ofMinutes(2);

    private final SolrCollection collection;
    private final Partition partition;
    private final Duration lockTtl;

    public SolrDestination(SolrCollection collection, Partition partition, Duration lockTtl) {
        this.collection = collection;
        this.partition = partition;
        this.lockTtl = lockTtl;
    }

    @Override
    public DocumentSink openSink() {
        if (!collection.exists()) {
            throw new SolrException("no collection " + collection.name() + " at " + collection.baseUrl()
                    + "; create it with `muni solr-init --solr " + collection.baseUrl() + " --collection "
                    + collection.name() + "`");
        }
        return new SolrSink(collection, partition, PartitionLock.acquire(collection, partition, lockTtl));
    }

    @Override
    public Partition partition() {
        return partition;
    }

    @Override
    public FailureStore failures() {
        return new SolrFailures(collection, partition);
    }

    @Override
    public void record(RunReport report) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrDocuments.RECORD_TYPE, "run");
        String id = "run/" + partition.index() + "/" + partition.count() + "/" + report.startedAt();
        doc.setField("id", id);
        doc.setField("group", id); // the shard is chosen by group
        doc.setField("partition", partition.toString());
        try {
            doc.setField("report", ExportJson.mapper().writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run report", e);
        }
        collection.update(new UpdateRequest().add(doc), "record the run report");
        collection.commit(); // the report, and the run's failed files with it
    }
}
