package no.muni.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.DocumentSink;
import no.muni.index.IndexDocument;
import no.muni.index.IndexFields;
import no.muni.index.IndexedVersion;
import no.muni.index.Threads;
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
    /** Values per query of one field's values: well below Solr's 1024 boolean clauses. */
    private static final int VALUES_PER_QUERY = 256;
    /** Regroupings tried while other workers change the same works or threads at the same moment. */
    private static final int ATTEMPTS = 5;
    private static final String VERSION = "_version_";

    private final SolrCollection collection;
    private final Partition partition;
    private final PartitionLock lock;
    /** Source files the collection held when the run began: only these can have attachments to remove. */
    private final Set<String> knownGroups = ConcurrentHashMap.newKeySet();
    /** Source files this run wrote or deleted: where works can have changed. */
    private final Set<String> touchedGroups = ConcurrentHashMap.newKeySet();
    /** The works the documents this run replaced or deleted belonged to: their other renditions regroup too. */
    private final Set<String> formerWorks = ConcurrentHashMap.newKeySet();

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
            formerWorks.addAll(worksOf(groupId));
            request.deleteByQuery(stale.toString());
        }
        send(request, "write " + groupId);
        touchedGroups.add(groupId);
    }

    @Override
    public void deleteGroup(String groupId) {
        lock.check();
        formerWorks.addAll(worksOf(groupId));
        send(new UpdateRequest().deleteByQuery(SolrDocuments.term(IndexFields.GROUP, groupId)), "delete " + groupId);
        touchedGroups.add(groupId);
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
     * Regroups the works around what this run changed and writes the changed work ids as atomic updates. The
     * documents regrouped are those of the files written or deleted, the other renditions of the works those
     * files' documents belonged to, the documents sharing a band key with any of these ({@code work.bands}: the
     * candidates {@link Works#regroup} compares) and the other renditions of their works. Works are connected
     * components of similar pairs, so no work outside this set can change; a run that changed nothing reads
     * nothing. Updates carry the {@code _version_} read, so a worker regrouping the same works at the same moment
     * makes this one read again instead of overwriting it.
     */
    @Override
    public int groupWorks() {
        lock.check();
        collection.commit();
        if (touchedGroups.isEmpty()) {
            return 0;
        }
        return retried("works", () -> {
            Map<String, SolrDocument> docs = new LinkedHashMap<>();
            String[] fields = {IndexFields.ID, IndexFields.GROUP, IndexFields.WORK_SIGNATURE, IndexFields.WORK_ID,
                    IndexFields.WORK_SIZE, VERSION};
            read(IndexFields.GROUP, touchedGroups, fields, docs);
            read(IndexFields.WORK_ID, formerWorks, fields, docs);
            read(SolrDocuments.WORK_BANDS, docs.values().stream().map(SolrSink::signature)
                    .filter(s -> s != null).flatMap(s -> WorkSignature.bandKeys(s).stream()).collect(Collectors.toSet()),
                    fields, docs);
            read(IndexFields.WORK_ID, docs.values().stream().map(d -> string(d, IndexFields.WORK_ID)).collect(Collectors.toSet()),
                    fields, docs);
            List<Works.Rendition> renditions = docs.values().stream().map(d -> new Works.Rendition(string(d, IndexFields.ID),
                    signature(d), string(d, IndexFields.WORK_ID), number(d, IndexFields.WORK_SIZE))).toList();
            List<SolrInputDocument> updates = new ArrayList<>();
            for (Works.Assignment a : Works.regroup(renditions)) {
                SolrInputDocument update = updateOf(docs.get(a.id()));
                update.setField(IndexFields.WORK_ID, Map.of("set", a.workId()));
                update.setField(IndexFields.WORK_SIZE, Map.of("set", a.size()));
                updates.add(update);
            }
            return updates;
        });
    }

    /**
     * Regroups every e-mail of the collection into threads ({@link Threads#regroup}, as the embedded index does)
     * and writes the changed thread ids as atomic updates, with the versions read (see {@link #groupWorks}).
     * Reads the thread keys of all e-mails of the collection, not only around the run's changes.
     */
    @Override
    public int groupThreads() {
        lock.check();
        if (touchedGroups.isEmpty()) {
            return 0;
        }
        collection.commit(); // the works' updates: their versions are the ones to update from
        return retried("e-mail threads", () -> {
            Map<String, SolrDocument> docs = new HashMap<>();
            SolrQuery q = new SolrQuery(IndexFields.THREAD_ID + ":[* TO *]");
            q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
            q.setFields(IndexFields.ID, IndexFields.GROUP, IndexFields.THREAD_ID, IndexFields.MESSAGE_ID,
                    IndexFields.ANSWERS, IndexFields.THREAD_SUBJECT, IndexFields.SENT, VERSION);
            List<Threads.Message> messages = new ArrayList<>();
            collection.forEach(q, PAGE, doc -> {
                docs.put(string(doc, IndexFields.ID), doc);
                Collection<Object> answers = doc.getFieldValues(IndexFields.ANSWERS);
                Object sent = doc.getFieldValue(IndexFields.SENT);
                messages.add(new Threads.Message(string(doc, IndexFields.ID), string(doc, IndexFields.MESSAGE_ID),
                        answers == null ? List.of() : answers.stream().map(Object::toString).toList(),
                        string(doc, IndexFields.THREAD_SUBJECT), sent instanceof Number n ? n.longValue() : Long.MAX_VALUE,
                        string(doc, IndexFields.THREAD_ID)));
            });
            List<SolrInputDocument> updates = new ArrayList<>();
            for (Threads.Assignment a : Threads.regroup(messages)) {
                SolrInputDocument update = updateOf(docs.get(a.id()));
                update.setField(IndexFields.THREAD_ID, Map.of("set", a.threadId()));
                updates.add(update);
            }
            return updates;
        });
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

    /** The works of a file's documents as committed. */
    private Set<String> worksOf(String groupId) {
        Map<String, SolrDocument> docs = new HashMap<>();
        read(IndexFields.GROUP, Set.of(groupId), new String[] {IndexFields.ID, IndexFields.WORK_ID}, docs);
        return docs.values().stream().map(d -> string(d, IndexFields.WORK_ID)).collect(Collectors.toSet());
    }

    /** Adds to {@code docs} (by id) the documents whose {@code field} has one of {@code values}. */
    private void read(String field, Set<String> values, String[] fields, Map<String, SolrDocument> docs) {
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            String any = all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY)).stream()
                    .map(v -> SolrDocuments.term(field, v)).collect(Collectors.joining(" OR "));
            SolrQuery q = new SolrQuery(any);
            q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
            q.setFields(fields);
            collection.forEach(q, PAGE, doc -> docs.putIfAbsent(string(doc, IndexFields.ID), doc));
        }
    }

    /**
     * Computes updates from what the collection holds and sends them; when another worker changed one of the
     * documents since it was read (HTTP 409), reads and computes again. Returns how many documents changed.
     */
    private int retried(String what, Supplier<List<SolrInputDocument>> compute) {
        for (int attempt = 1; ; attempt++) {
            List<SolrInputDocument> updates = compute.get();
            if (sendVersioned(updates, what)) {
                return updates.size();
            }
            if (attempt == ATTEMPTS) {
                throw new SolrException("cannot record the " + what + " in the collection " + collection.name()
                        + ": other workers kept changing the same documents (" + ATTEMPTS + " attempts); run again");
            }
            collection.commit();
        }
    }

    /** An atomic update of a document as read: routed by its file, applied only to the version read. */
    private static SolrInputDocument updateOf(SolrDocument read) {
        SolrInputDocument update = new SolrInputDocument();
        update.setField(IndexFields.ID, read.getFieldValue(IndexFields.ID));
        update.setField(IndexFields.GROUP, read.getFieldValue(IndexFields.GROUP)); // routes to the document's shard
        update.setField(VERSION, read.getFieldValue(VERSION));
        return update;
    }

    /** Sends versioned updates in pages; false at the first version conflict. */
    private boolean sendVersioned(List<SolrInputDocument> updates, String what) {
        for (int from = 0; from < updates.size(); from += PAGE) {
            UpdateRequest request = new UpdateRequest();
            request.add(updates.subList(from, Math.min(updates.size(), from + PAGE)));
            try {
                request.process(collection.client(), collection.name());
            } catch (org.apache.solr.common.SolrException e) {
                if (e.code() == 409) {
                    return false;
                }
                throw new SolrException("cannot record the " + what + " in the collection " + collection.name() + ": "
                        + SolrCollection.message(e), e);
            } catch (SolrServerException | IOException e) {
                throw new SolrException("cannot record the " + what + " in the collection " + collection.name() + ": "
                        + SolrCollection.message(e), e);
            }
        }
        return true;
    }

    private void send(UpdateRequest request, String what) {
        collection.update(request, what);
    }

    private static int[] signature(SolrDocument doc) {
        String encoded = string(doc, IndexFields.WORK_SIGNATURE);
        byte[] bytes = encoded.isEmpty() ? new byte[0] : Base64.getDecoder().decode(encoded);
        return WorkSignature.fromBytes(bytes, 0, bytes.length);
    }

    private static long number(SolrDocument doc, String field) {
        return doc.getFieldValue(field) instanceof Number n ? n.longValue() : 0;
    }

    private static String string(SolrDocument doc, String field) {
        Object v = doc.getFieldValue(field);
        return v == null ? "" : v.toString();
    }
}
