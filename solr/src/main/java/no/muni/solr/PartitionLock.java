package no.muni.solr;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.muni.ingest.Partition;

/**
 * The lock of one partition: a document {@code lock/I/N} in the collection naming its owner and an expiry.
 * Taken and renewed with Solr's optimistic concurrency ({@code _version_}), so of two workers only one wins;
 * renewed every third of its time to live while the run goes on, so a worker that dies (killed, power lost)
 * frees its partition when the lock expires. Expiry is compared with the worker's clock: machines sharing
 * a collection keep their clocks in sync (NTP) to well within the time to live.
 */
final class PartitionLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionLock.class);
    static final String RECORD_TYPE = "lock";
    private static final String VERSION = "_version_";

    private final SolrCollection collection;
    private final String id;
    private final Partition partition;
    private final String owner;
    private final Duration ttl;
    private final ScheduledExecutorService renewer;
    private volatile long version;
    private volatile String lost;

    private PartitionLock(SolrCollection collection, Partition partition, String id, String owner, Duration ttl,
                          long version) {
        this.collection = collection;
        this.partition = partition;
        this.id = id;
        this.owner = owner;
        this.ttl = ttl;
        this.version = version;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "muni-partition-lock");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1, ttl.toMillis() / 3);
        renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    /** Takes the partition's lock, or fails with {@link PartitionLockedException} while another worker holds it. */
    static PartitionLock acquire(SolrCollection collection, Partition partition, Duration ttl) {
        String id = "lock/" + partition.index() + "/" + partition.count();
        String owner = ownerName();
        SolrDocument held = current(collection, id);
        long expected;
        if (held == null) {
            expected = -1; // the document must not exist
        } else {
            long expires = ((Number) held.getFieldValue("expiresAt")).longValue();
            if (expires > System.currentTimeMillis()) {
                throw new PartitionLockedException(partition, collection.name(), (String) held.getFieldValue("owner"),
                        Instant.ofEpochMilli(expires));
            }
            expected = ((Number) held.getFieldValue(VERSION)).longValue(); // expired: take it over
        }
        try {
            write(collection, id, owner, partition, ttl, expected);
        } catch (org.apache.solr.common.SolrException e) {
            if (e.code() == 409) { // another worker took it between our read and our write
                SolrDocument winner = current(collection, id);
                throw new PartitionLockedException(partition, collection.name(),
                        winner == null ? "another worker" : (String) winner.getFieldValue("owner"),
                        winner == null ? Instant.now().plus(ttl)
                                : Instant.ofEpochMilli(((Number) winner.getFieldValue("expiresAt")).longValue()));
            }
            throw new SolrException("cannot take the lock of partition " + partition + ": " + e.getMessage(), e);
        }
        SolrDocument mine = current(collection, id);
        return new PartitionLock(collection, partition, id, owner, ttl, ((Number) mine.getFieldValue(VERSION)).longValue());
    }

    /** Fails the run when the lock was lost (not renewed in time and taken by another worker). */
    void check() {
        if (lost != null) {
            throw new SolrException("the lock of " + id + " was lost: " + lost);
        }
    }

    private synchronized void renew() {
        try {
            write(collection, id, owner, partition, ttl, version);
            version = ((Number) current(collection, id).getFieldValue(VERSION)).longValue();
        } catch (RuntimeException e) {
            lost = SolrCollection.message(e);
            LOG.warn("cannot renew the lock {}: {}", id, lost);
        }
    }

    @Override
    public synchronized void close() {
        renewer.shutdownNow();
        try {
            new UpdateRequest().deleteById(id, id, version).process(collection.client(), collection.name());
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            LOG.warn("cannot release the lock {} (it expires by itself): {}", id, SolrCollection.message(e));
        }
    }

    private static void write(SolrCollection collection, String id, String owner, Partition partition, Duration ttl,
                              long expectedVersion) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(SolrDocuments.RECORD_TYPE, RECORD_TYPE);
        doc.setField("id", id);
        doc.setField("group", id); // the shard is chosen by group
        doc.setField("owner", owner);
        doc.setField("partition", partition.toString());
        doc.setField("expiresAt", System.currentTimeMillis() + ttl.toMillis());
        doc.setField(VERSION, expectedVersion);
        try {
            new UpdateRequest().add(doc).process(collection.client(), collection.name());
        } catch (SolrServerException | IOException e) {
            throw new SolrException("cannot write the lock " + id + ": " + SolrCollection.message(e), e);
        }
    }

    /** The lock document as the transaction log has it (real-time get: no commit needed), or null. */
    private static SolrDocument current(SolrCollection collection, String id) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", "*," + VERSION);
        params.set("_route_", id);
        try {
            return collection.client().getById(collection.name(), id, params);
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot read the lock " + id + " of " + collection.name() + ": "
                    + SolrCollection.message(e), e);
        }
    }

    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return host + " pid " + ProcessHandle.current().pid() + " run " + UUID.randomUUID().toString().substring(0, 8);
    }
}
