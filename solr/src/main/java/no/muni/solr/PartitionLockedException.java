package no.muni.solr;

import java.time.Instant;

import no.muni.ingest.Partition;

/** Another worker holds the partition: this run changed nothing. */
public final class PartitionLockedException extends RuntimeException {

    public PartitionLockedException(Partition partition, String collection, String owner, Instant expires) {
        super("partition " + partition + " of collection " + collection + " is being ingested by " + owner
                + " (its lock expires at " + expires + " unless renewed); this run changed nothing");
    }
}
