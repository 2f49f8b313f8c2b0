package no.muni.solr;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

import no.muni.export.ExportFilter;
import no.muni.export.Exporter;
import no.muni.index.FacetCount;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.SearchHit;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SnippetPart;
import no.muni.index.SortOrder;

/**
 * Reads a collection as {@link IndexView} reads the embedded index: searches with the same query syntax,
 * filters and paging, hits as works (the best rendition of each), facet counts of works through Solr's JSON
 * facet API ({@code unique(workId)} per value), snippets from Solr's unified highlighter; and every stored
 * document in id order for the export.
 */
public final class SolrReader implements Exporter.Source {

    private static final int SNIPPET_CHARS = 200;
    private static final String WORKS = "works";

    private final SolrCollection collection;

    public SolrReader(SolrCollection collection) {
        this.collection = collection;
    }

    /** Documents (renditions) in the collection. */
    public long documentCount() {
        return collection.query(new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0))
                .getResults().getNumFound();
    }

    public SearchPage search(SearchRequest request) {
        long t0 = System.nanoTime();
        int topN = request.page() * request.pageSize();
        int fetch = topN * 2 + 10;
        QueryResponse response;
        List<SolrDocument> works;
        while (true) {
            response = collection.query(query(request, fetch));
            works = bestPerWork(response.getResults());
            if (works.size() >= topN || response.getResults().size() < fetch || fetch >= SearchRequest.MAX_HITS_DEEP) {
                break;
            }
            fetch = Math.min(SearchRequest.MAX_HITS_DEEP, fetch * 4);
        }
        int from = Math.min(works.size(), (request.page() - 1) * request.pageSize());
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        for (SolrDocument doc : works.subList(from, Math.min(works.size(), topN))) {
            String id = (String) doc.getFieldValue(IndexFields.ID);
            List<String> snippet = highlighting == null || highlighting.get(id) == null ? null
                    : highlighting.get(id).get(IndexFields.TEXT);
            List<SnippetPart> parts = SnippetPart.parse(snippet == null || snippet.isEmpty() ? null
                    : String.join(" … ", snippet));
            Number score = (Number) doc.getFieldValue("score");
            Number size = (Number) doc.getFieldValue(IndexFields.WORK_SIZE);
            Date date = (Date) doc.getFieldValue(IndexFields.DATE);
            hits.add(new SearchHit(id, string(doc, IndexFields.SOURCE), (String) doc.getFieldValue(IndexFields.TITLE),
                    string(doc, IndexFields.DOC_TYPE),
                    date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                    string(doc, IndexFields.FORMAT), score == null ? 0f : score.floatValue(),
                    SnippetPart.bracketed(parts), parts, string(doc, IndexFields.WORK_ID),
                    size == null ? 1 : size.longValue()));
        }
        NamedList<?> facets = response.getResponse() == null ? null
                : response.getResponse().get("facets") instanceof NamedList<?> f ? f : null;
        long total = facets == null ? 0 : number(facets.get(WORKS));
        return new SearchPage(total, request.page(), request.pageSize(), hits, facetCounts(facets), false,
                (System.nanoTime() - t0) / 1_000_000, null);
    }

    @Override
    public void forEachDocument(ExportFilter filter, Consumer<IndexView.StoredDocument> sink) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        if (filter.since() != null) {
            q.addFilterQuery(IndexFields.DATE + ":[" + filter.since().atStartOfDay(ZoneOffset.UTC).toInstant() + " TO *]");
        }
        if (filter.docType() != null) {
            q.addFilterQuery(SolrDocuments.term(IndexFields.DOC_TYPE, filter.docType()));
        }
        q.setFields(IndexFields.JSON, IndexFields.WORK_ID, IndexFields.WORK_SIZE, IndexFields.THREAD_ID);
        collection.forEach(q, 500, doc -> {
            Number size = (Number) doc.getFieldValue(IndexFields.WORK_SIZE);
            sink.accept(new IndexView.StoredDocument((String) doc.getFieldValue(IndexFields.JSON),
                    string(doc, IndexFields.WORK_ID), size == null ? 1 : size.longValue(),
                    string(doc, IndexFields.THREAD_ID)));
        });
    }

    private static SolrQuery query(SearchRequest request, int rows) {
        SolrQuery q = new SolrQuery(request.query().isEmpty() ? "*:*" : SolrQueryText.of(request.query()));
        q.setRows(rows);
        q.setFields(IndexFields.ID, IndexFields.SOURCE, IndexFields.TITLE, IndexFields.DOC_TYPE, IndexFields.DATE,
                IndexFields.FORMAT, IndexFields.WORK_ID, IndexFields.WORK_SIZE, "score");
        q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        request.filters().forEach((dim, values) -> q.addFilterQuery("{!tag=" + tag(dim) + "}" + values.stream()
                .map(v -> SolrDocuments.term(dim, v)).collect(Collectors.joining(" OR "))));
        switch (request.sort()) {
            case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc);
            case NEWEST, OLDEST -> {
                boolean newest = request.sort() == SortOrder.NEWEST;
                // undated last either way (the schema sorts missing values last)
                q.addSort(IndexFields.DATE, newest ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
                q.addSort("score", SolrQuery.ORDER.desc);
            }
        }
        q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        if (!request.query().isEmpty()) {
            q.setHighlight(true);
            q.set("hl.method", "unified");
            q.set("hl.fl", IndexFields.TEXT);
            q.set("hl.requireFieldMatch", false);
            q.set("hl.snippets", 2);
            q.set("hl.fragsize", SNIPPET_CHARS);
            q.set("hl.bs.type", "WORD");
            q.set("hl.maxAnalyzedChars", 200_000);
            q.set("hl.tag.pre", SnippetPart.OPEN);
            q.set("hl.tag.post", SnippetPart.CLOSE);
            q.set("hl.tag.ellipsis", " … ");
        }
        StringBuilder json = new StringBuilder("{\"" + WORKS + "\":\"unique(" + IndexFields.WORK_ID + ")\"");
        for (String dim : IndexFields.FACETS) {
            json.append(",\"").append(dim).append("\":{\"type\":\"terms\",\"field\":\"").append(dim)
                    .append("\",\"limit\":").append(request.facetValues())
                    .append(",\"sort\":{\"").append(WORKS).append("\":\"desc\"},\"facet\":{\"").append(WORKS)
                    .append("\":\"unique(").append(IndexFields.WORK_ID).append(")\"}")
                    .append(request.filters().containsKey(dim) ? ",\"domain\":{\"excludeTags\":\"" + tag(dim) + "\"}" : "")
                    .append('}');
        }
        q.set("json.facet", json.append('}').toString());
        return q;
    }

    /** The tag of a filter, which its own dimension's facet excludes (counts ignore their own filter). */
    private static String tag(String dim) {
        return "f_" + dim.replaceAll("[^A-Za-z]", "_");
    }

    private static Map<String, List<FacetCount>> facetCounts(NamedList<?> facets) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            List<FacetCount> counts = new ArrayList<>();
            Object dimension = facets == null ? null : facets.get(dim);
            if (dimension instanceof NamedList<?> d && d.get("buckets") instanceof List<?> buckets) {
                for (Object b : buckets) {
                    NamedList<?> bucket = (NamedList<?>) b;
                    counts.add(new FacetCount(String.valueOf(bucket.get("val")), number(bucket.get(WORKS))));
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** The best-ranked rendition of each work, in rank order. */
    private static List<SolrDocument> bestPerWork(List<SolrDocument> ranked) {
        Set<String> seen = new HashSet<>();
        List<SolrDocument> out = new ArrayList<>();
        for (SolrDocument d : ranked) {
            if (seen.add(string(d, IndexFields.WORK_ID))) {
                out.add(d);
            }
        }
        return out;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String string(SolrDocument doc, String field) {
        Object v = doc.getFieldValue(field);
        return v == null ? null : v.toString();
    }

}
