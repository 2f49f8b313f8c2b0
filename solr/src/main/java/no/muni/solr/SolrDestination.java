package no.muni.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.DocumentSink;
import no.muni.index.ExportJson;
import no.muni.ingest.IngestDestination;
import no.muni.ingest.Partition;
import no.muni.ingest.RunReport;

/**
 * One partition of a SolrCloud collection as the destination of an ingest run: a stateless worker. The state it
 * decides by is in the collection; its lock ({@link PartitionLock}) keeps a second worker off the partition; its
 * run report becomes a document {@code run/I/N/STARTED} ({@code recordType:run}). Failed files are retried by
 * the next run (there is no local memory of them).
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
    public Optional<Path> failureMemory() {
        return Optional.empty();
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
            new UpdateRequest().add(doc).process(collection.client(), collection.name());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the run report", e);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot record the run report in " + collection.name() + ": "
                    + SolrCollection.message(e), e);
        }
        collection.commit();
    }
}
