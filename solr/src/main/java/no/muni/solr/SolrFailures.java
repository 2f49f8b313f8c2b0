package no.muni.solr;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.IndexFields;
import no.muni.ingest.FailureStore;
import no.muni.ingest.Partition;

/**
 * The failed files of one partition, remembered in the collection as records {@code failure/FILE-ID}
 * ({@code recordType:failure}) with the hash and pipeline version of the bytes that failed and the reason. They
 * are routed like the file's own documents ({@code group} is the file's id), so removing a vanished file's group
 * removes its failure too. Any worker that takes the partition next reports an unchanged broken file again
 * without parsing it.
 */
final class SolrFailures implements FailureStore {

    static final String RECORD_TYPE = "failure";
    private static final String REASON = "reason";
    private static final int PAGE = 1000;

    private final SolrCollection collection;
    private final Partition partition;

    SolrFailures(SolrCollection collection, Partition partition) {
        this.collection = collection;
        this.partition = partition;
    }

    @Override
    public Map<String, Failure> load() {
        Map<String, Failure> failures = new HashMap<>();
        SolrQuery q = new SolrQuery("*:*");
        q.addFilterQuery(SolrDocuments.RECORD_TYPE + ":" + RECORD_TYPE);
        q.setFields(IndexFields.GROUP, IndexFields.SHA256, IndexFields.PIPELINE_VERSION, REASON);
        collection.forEach(q, PAGE, doc -> {
            String fileId = string(doc, IndexFields.GROUP);
            if (partition.takes(fileId)) {
                failures.put(fileId, new Failure(string(doc, IndexFields.SHA256), string(doc, IndexFields.PIPELINE_VERSION),
                        string(doc, REASON)));
            }
        });
        return failures;
    }

    /** Writes the remembered and deletes the forgotten records; the run's report commits them. */
    @Override
    public void save(Map<String, Failure> failures, Set<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        for (String fileId : changed) {
            Failure f = failures.get(fileId);
            if (f == null) {
                request.deleteById(id(fileId), fileId); // the route: deletes by id go to the shard of the group
            } else {
                SolrInputDocument doc = new SolrInputDocument();
                doc.setField(SolrDocuments.RECORD_TYPE, RECORD_TYPE);
                doc.setField(IndexFields.ID, id(fileId));
                doc.setField(IndexFields.GROUP, fileId);
                doc.setField(IndexFields.SHA256, f.sha256());
                doc.setField(IndexFields.PIPELINE_VERSION, f.pipelineVersion());
                doc.setField(REASON, f.reason());
                request.add(doc);
            }
        }
        collection.update(request, "remember " + changed.size() + " failed files");
    }

    private static String id(String fileId) {
        return RECORD_TYPE + "/" + fileId;
    }

    private static String string(SolrDocument doc, String field) {
        Object v = doc.getFieldValue(field);
        return v == null ? "" : v.toString();
    }
}
