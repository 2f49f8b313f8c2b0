package no.muni.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.DocumentSink;
import no.muni.index.IndexDocument;
import no.muni.index.IndexFields;
import no.muni.index.IndexedVersion;
import no.muni.index.WorkSignature;
import no.muni.index.Works;
import no.muni.ingest.Partition;

/**
 * One worker's writer into a collection, for the files of its partition, holding the partition's lock until
 * closed. The incremental state is the documents themselves: a file's top-level document carries its sha256 and
 * pipeline version, so whichever worker runs next decides new, changed, unchanged and deleted from the
 * collection alone.
 */
final class SolrSink implements DocumentSink {

    private static final int PAGE = 1000;

    private final SolrCollection collection;
    private final Partition partition;
    private final PartitionLock lock;
    /** Source files the collection held when the run began: only these can have attachments to remove. */
    private final Set<String> knownGroups = ConcurrentHashMap.newKeySet();

    SolrSink(SolrCollection collection, Partition partition, PartitionLock lock) {
        this.collection = collection;
        this.partition = partition;
        this.lock = lock;
    }

    /**
     * Adds the file's documents and removes the attachments it no longer has, in one request: Solr applies it
     * whole, and a commit in between shows the new documents beside old attachments, never a file without its
     * own. Documents are routed by {@code group}, so all of a file's land on one shard.
     */
    @Override
    public void replaceGroup(String groupId, List<IndexDocument> docs) {
        lock.check();
        UpdateRequest request = new UpdateRequest();
        StringBuilder stale = new StringBuilder(SolrDocuments.term(IndexFields.GROUP, groupId));
        for (IndexDocument d : docs) {
            request.add(SolrDocuments.of(d, groupId));
            stale.append(" -").append(SolrDocuments.term(IndexFields.ID, d.id()));
        }
        if (knownGroups.contains(groupId)) {
            request.deleteByQuery(stale.toString());
        }
        send(request, "write " + groupId);
    }

    @Override
    public void deleteGroup(String groupId) {
        lock.check();
        send(new UpdateRequest().deleteByQuery(SolrDocuments.term(IndexFields.GROUP, groupId)), "delete " + groupId);
    }

    /** The top-level documents of one root in this worker's partition, with their versions (committed state). */
    @Override
    public Map<String, IndexedVersion> indexedVersions(String root) {
        Map<String, IndexedVersion> versions = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS, SolrDocuments.term(IndexFields.ROOT, root),
                "-" + IndexFields.PARENT + ":[* TO *]");
        q.setFields(IndexFields.ID, IndexFields.SHA256, IndexFields.PIPELINE_VERSION);
        collection.forEach(q, PAGE, doc -> {
            String id = (String) doc.getFieldValue(IndexFields.ID);
            if (partition.takes(id)) {
                versions.put(id, new IndexedVersion(string(doc, IndexFields.SHA256), string(doc, IndexFields.PIPELINE_VERSION)));
                knownGroups.add(id);
            }
        });
        return versions;
    }

    /**
     * Regroups the whole collection into works (every partition's documents: works cross partitions) and writes
     * the changed work ids as atomic updates. Each worker does this at the end of its run, so the works are
     * right once the last worker of a round has finished.
     */
    @Override
    public int groupWorks() {
        lock.check();
        collection.commit();
        List<Works.Rendition> renditions = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        q.setFields(IndexFields.ID, IndexFields.GROUP, IndexFields.WORK_SIGNATURE, IndexFields.WORK_ID, IndexFields.WORK_SIZE);
        collection.forEach(q, PAGE, doc -> {
            groups.put(string(doc, IndexFields.ID), string(doc, IndexFields.GROUP));
            String encoded = string(doc, IndexFields.WORK_SIGNATURE);
            byte[] bytes = encoded.isEmpty() ? new byte[0] : Base64.getDecoder().decode(encoded);
            Number size = (Number) doc.getFieldValue(IndexFields.WORK_SIZE);
            renditions.add(new Works.Rendition(string(doc, IndexFields.ID), WorkSignature.fromBytes(bytes, 0, bytes.length),
                    string(doc, IndexFields.WORK_ID), size == null ? 0 : size.longValue()));
        });
        List<Works.Assignment> changes = Works.regroup(renditions);
        for (int from = 0; from < changes.size(); from += PAGE) {
            UpdateRequest request = new UpdateRequest();
            for (Works.Assignment a : changes.subList(from, Math.min(changes.size(), from + PAGE))) {
                SolrInputDocument update = new SolrInputDocument();
                update.setField(IndexFields.ID, a.id());
                update.setField(IndexFields.GROUP, groups.get(a.id())); // routes the update to the document's shard
                update.setField(IndexFields.WORK_ID, Map.of("set", a.workId()));
                update.setField(IndexFields.WORK_SIZE, Map.of("set", a.size()));
                request.add(update);
            }
            send(request, "record works");
        }
        return changes.size();
    }

    /**
     * E-mail threads are not regrouped in a collection yet: each message keeps the thread its own headers
     * give it (its {@code threadId} in the export JSON).
     */
    @Override
    public int groupThreads() {
        return 0;
    }

    @Override
    public void commit() {
        lock.check();
        collection.commit();
    }

    /** Releases the partition. Updates not committed stay pending in Solr; the next commit of any worker shows them. */
    @Override
    public void close() {
        lock.close();
    }

    private void send(UpdateRequest request, String what) {
        try {
            request.process(collection.client(), collection.name());
        } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
            throw new SolrException("cannot " + what + " in the collection " + collection.name() + ": "
                    + SolrCollection.message(e), e);
        }
    }

    private static String string(SolrDocument doc, String field) {
        Object v = doc.getFieldValue(field);
        return v == null ? "" : v.toString();
    }
}
