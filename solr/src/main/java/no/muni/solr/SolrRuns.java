package no.muni.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.apache.solr.client.solrj.SolrQuery;

import no.muni.index.ExportJson;
import no.muni.ingest.RunLog;
import no.muni.ingest.RunReport;

/**
 * The run reports the workers of a collection left ({@link SolrDestination#record}): one document per worker's run,
 * its id {@code run/I/N/STARTED}. Reports are few (one per worker and night), so all are read and ordered here.
 */
final class SolrRuns implements RunLog {

    private final SolrCollection collection;

    SolrRuns(SolrCollection collection) {
        this.collection = collection;
    }

    @Override
    public List<RecordedRun> latestFirst(int limit) {
        List<RecordedRun> runs = new ArrayList<>();
        SolrQuery q = new SolrQuery(SolrDocuments.term(SolrDocuments.RECORD_TYPE, "run")).setFields("id", "report");
        collection.forEach(q, 500, doc -> {
            try {
                runs.add(new RecordedRun((String) doc.getFieldValue("id"),
                        ExportJson.mapper().readValue((String) doc.getFieldValue("report"), RunReport.class)));
            } catch (JsonProcessingException e) {
                // a report from an incompatible version is left out, as RunHistory leaves out such a file
            }
        });
        runs.sort(Comparator.comparing((RecordedRun r) -> r.report().startedAt()).reversed()
                .thenComparing(RecordedRun::id));
        return runs.size() > limit ? List.copyOf(runs.subList(0, limit)) : runs;
    }
}
