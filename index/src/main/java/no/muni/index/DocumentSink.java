package no.muni.index;

import java.util.List;
import java.util.Map;

/**
 * Where an ingest run writes: the embedded Lucene index ({@link IndexWriterSession}) or a SolrCloud
 * collection (module muni-solr). Thread-safe; nothing need be visible to readers before {@link #commit()}.
 */
public interface DocumentSink extends AutoCloseable {

    /** Replaces a source file and its embedded documents; readers never see the file without its attachments. */
    void replaceGroup(String groupId, List<IndexDocument> docs);

    /** Removes a source file and every document embedded in it. */
    void deleteGroup(String groupId);

    /**
     * What the sink holds of one root: the version of every top-level document it answers for, by id.
     * A run decides new, changed, unchanged and deleted from this alone.
     */
    Map<String, IndexedVersion> indexedVersions(String root);

    /** Regroups documents into works after a run's changes; returns how many documents changed work. */
    int groupWorks();

    /** Regroups e-mails into threads after a run's changes; returns how many messages changed thread. */
    int groupThreads();

    void commit();

    @Override
    void close();
}
