package no.muni.solr;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;

import no.muni.export.ExportFilter;
import no.muni.index.Archive;
import no.muni.index.ExportJson;
import no.muni.index.FacetCount;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.LiveArchive;
import no.muni.index.MailboxKeys;
import no.muni.index.SearchHit;
import no.muni.index.SearchPage;
import no.muni.index.SearchRequest;
import no.muni.index.SnippetPart;
import no.muni.index.SortOrder;
import no.muni.index.Spelling;
import no.muni.ingest.RunLog;
import no.muni.model.ExportDocument;

/**
 * Reads a collection as {@link IndexView} reads the embedded index, behind the same {@link Archive}: searches with
 * the same query syntax, filters and paging, hits as works (the best rendition of each), facet counts of works
 * through Solr's JSON facet API ({@code unique(workId)} per value), snippets from Solr's unified highlighter;
 * documents, works, threads and similar documents (Solr's MoreLikeThis query parser); the lookups' selections in
 * date order through a cursor; and every stored document in id order for the export. Every query sees the
 * collection's latest commit, so a reader is also its own {@link LiveArchive} for the server. Closing it closes the
 * collection's client.
 */
public final class SolrReader implements Archive, LiveArchive {

    private static final int SNIPPET_CHARS = 200;
    private static final String WORKS = "works";
    /** What a search hit shows. */
    private static final String HIT_FIELDS = String.join(",", IndexFields.ID, IndexFields.SOURCE, IndexFields.TITLE,
            IndexFields.DOC_TYPE, IndexFields.DATE, IndexFields.FORMAT, IndexFields.WORK_ID, IndexFields.WORK_SIZE);
    /**
     * Which values a facet lists: those of the most works. (The embedded index picks its top values by documents
     * before it counts them as works, so where renditions tie values at the cut the two may list different ones.)
     */
    private static final String BY_WORKS = "{\"" + WORKS + "\":\"desc\"}";
    /** Separates the values of a terms query: a control character, which no value holds. */
    private static final String VALUE_SEPARATOR = "\u001f";

    private final SolrCollection collection;

    public SolrReader(SolrCollection collection) {
        this.collection = collection;
    }

    @Override
    public long documentCount() {
        return collection.query(new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0))
                .getResults().getNumFound();
    }

    @Override
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
            hits.add(hit(doc, SnippetPart.parse(snippet == null || snippet.isEmpty() ? null : String.join(" … ", snippet))));
        }
        NamedList<?> facets = facets(response);
        long total = facets == null ? 0 : number(facets.get(WORKS));
        boolean partial = Boolean.TRUE.equals(response.getHeader().get("partialResults"));
        SearchPage page = new SearchPage(total, request.page(), request.pageSize(), hits, facetCounts(facets), partial,
                (System.nanoTime() - t0) / 1_000_000, null);
        return total == 0 ? page.withSuggestion(Spelling.suggest(request.query(), this::spelledAsIndexed)) : page;
    }

    /**
     * The word the collection holds closest to {@code word} (Solr's spellcheck component, configured as the
     * embedded index's spell checker), or null when it holds the word itself or nothing close.
     */
    private String spelledAsIndexed(String word) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0);
        q.set("spellcheck", true);
        q.set("spellcheck.q", word);
        q.set("spellcheck.count", 5); // each shard's best few, which Solr merges and ranks as one index would
        SpellCheckResponse spelling = collection.query(q).getSpellCheckResponse();
        if (spelling == null) {
            return null;
        }
        return spelling.getSuggestions().stream().filter(s -> s.getToken().equals(word) && !s.getAlternatives().isEmpty())
                .map(s -> s.getAlternatives().getFirst()).findFirst().orElse(null);
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

    @Override
    public long workCount() {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0);
        q.set("json.facet", "{\"" + WORKS + "\":\"unique(" + IndexFields.WORK_ID + ")\"}");
        NamedList<?> facets = facets(collection.query(q));
        return facets == null ? 0 : number(facets.get(WORKS));
    }

    @Override
    public Map<String, Long> counts(String dimension, int top) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0);
        q.set("json.facet", "{" + termsFacet(dimension, top, BY_WORKS, null) + "}");
        Map<String, Long> out = new LinkedHashMap<>();
        buckets(facets(collection.query(q)), dimension).stream().sorted(FacetCount.MOST_FIRST)
                .forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    @Override
    public Optional<String> json(String id) {
        return document(id, IndexFields.JSON).map(d -> (String) d.getFieldValue(IndexFields.JSON));
    }

    @Override
    public List<SearchHit> renditions(String id) {
        Optional<SolrDocument> self = document(id, HIT_FIELDS);
        if (self.isEmpty()) {
            return List.of();
        }
        Number size = (Number) self.get().getFieldValue(IndexFields.WORK_SIZE);
        if (size == null || size.longValue() < 2) {
            return List.of(hit(self.get(), List.of()));
        }
        SolrQuery q = new SolrQuery(SolrDocuments.term(IndexFields.WORK_ID, string(self.get(), IndexFields.WORK_ID)))
                .addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setFields(HIT_FIELDS);
        List<SearchHit> hits = new ArrayList<>();
        collection.forEach(q, 100, doc -> hits.add(hit(doc, List.of())));
        return hits; // in id order, as the cursor reads
    }

    @Override
    public Optional<IndexView.EmailThread> thread(String id) {
        String thread = document(id, IndexFields.THREAD_ID).map(d -> string(d, IndexFields.THREAD_ID)).orElse(null);
        if (thread == null) {
            return Optional.empty();
        }
        List<ExportDocument> emails = new ArrayList<>();
        collection.forEach(new SolrQuery(SolrDocuments.term(IndexFields.THREAD_ID, thread))
                        .addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setFields(IndexFields.JSON), 100,
                doc -> emails.add(ExportJson.read((String) doc.getFieldValue(IndexFields.JSON))));
        return Optional.of(IndexView.EmailThread.of(thread, emails));
    }

    /**
     * Solr's MoreLikeThis component on the body text (distributed over the shards), with the embedded index's
     * settings: every term counts, at most 30 of them; the document's own work is left out.
     */
    @Override
    public Optional<List<SearchHit>> moreLikeThis(String id, int limit) {
        int wanted = Math.max(1, limit);
        SolrQuery q = new SolrQuery(SolrDocuments.term(IndexFields.ID, id)).addFilterQuery(SolrDocuments.ONLY_DOCUMENTS)
                .setRows(1).setFields(HIT_FIELDS + ",score");
        q.set("mlt", true);
        q.set("mlt.fl", IndexFields.TEXT);
        q.set("mlt.mintf", 1);
        q.set("mlt.mindf", 1);
        q.set("mlt.maxqt", 30);
        q.set("mlt.count", wanted * 2 + 10);
        QueryResponse response = collection.query(q);
        if (response.getResults().isEmpty()) {
            return Optional.empty();
        }
        String ownWork = string(response.getResults().getFirst(), IndexFields.WORK_ID);
        NamedList<SolrDocumentList> similar = response.getMoreLikeThis();
        List<String> ids = similar == null || similar.get(id) == null ? List.of()
                : similar.get(id).stream().map(d -> string(d, IndexFields.ID)).toList();
        // the shards answer ids and scores only: the hits' fields, fetched by id and put in rank order
        Map<String, SolrDocument> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            SolrQuery fields = query(new Selection.AnyOf(IndexFields.ID, ids)).setFields(HIT_FIELDS).setRows(ids.size());
            collection.query(fields).getResults().forEach(d -> byId.put(string(d, IndexFields.ID), d));
        }
        List<SolrDocument> ranked = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        List<SearchHit> hits = new ArrayList<>();
        for (SolrDocument doc : bestPerWork(ranked)) {
            if (hits.size() < wanted && !ownWork.equals(string(doc, IndexFields.WORK_ID))) {
                hits.add(hit(doc, List.of()));
            }
        }
        return Optional.of(hits);
    }

    @Override
    public Optional<String> facetValue(String dimension, String value) {
        String wanted = value.strip().replaceAll("\\s+", " ");
        return values(dimension).stream().filter(v -> v.equalsIgnoreCase(wanted)).findFirst();
    }

    @Override
    public List<String> values(String field) {
        SolrQuery q = new SolrQuery("*:*").addFilterQuery(SolrDocuments.ONLY_DOCUMENTS).setRows(0);
        q.set("json.facet", "{\"" + field + "\":{\"type\":\"terms\",\"field\":\"" + field + "\",\"limit\":-1}}");
        return buckets(facets(collection.query(q)), field).stream().map(FacetCount::value).toList();
    }

    @Override
    public long forEachDated(Selection selection, boolean newestFirst, int max, Predicate<Match> each) {
        SolrQuery q = query(selection);
        q.setFields(IndexFields.ID, IndexFields.WORK_ID, IndexFields.DATE, IndexFields.JSON);
        q.setRows(Math.max(1, Math.min(100, max)));
        // undated last either way (the schema sorts missing dates last), ties by id
        q.setSort(IndexFields.DATE, newestFirst ? SolrQuery.ORDER.desc : SolrQuery.ORDER.asc);
        q.addSort(IndexFields.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        long total = 0;
        int read = 0;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = collection.query(q);
            total = page.getResults().getNumFound();
            for (SolrDocument doc : page.getResults()) {
                if (read++ == max || !each.test(new Match(string(doc, IndexFields.ID), string(doc, IndexFields.WORK_ID),
                        date(doc), (String) doc.getFieldValue(IndexFields.JSON)))) {
                    return total;
                }
            }
            String next = page.getNextCursorMark();
            if (page.getResults().isEmpty() || next == null || next.equals(cursor)) {
                return total;
            }
            cursor = next;
        }
    }

    @Override
    public WorkFacets facets(Selection selection, List<String> dimensions) {
        SolrQuery q = query(selection).setRows(0);
        StringBuilder json = new StringBuilder("{\"" + WORKS + "\":\"unique(" + IndexFields.WORK_ID + ")\"");
        dimensions.forEach(dim -> json.append(',').append(termsFacet(dim, -1, "\"index\"", null)));
        q.set("json.facet", json.append('}').toString());
        QueryResponse response = collection.query(q);
        NamedList<?> facets = facets(response);
        Map<String, List<FacetCount>> byDimension = new LinkedHashMap<>();
        dimensions.forEach(dim -> byDimension.put(dim, buckets(facets, dim).stream().sorted(FacetCount.MOST_FIRST).toList()));
        return new WorkFacets(response.getResults().getNumFound(), facets == null ? 0 : number(facets.get(WORKS)),
                byDimension);
    }

    /** The runs of the collection's workers, from their run report documents. */
    public RunLog runs() {
        return new SolrRuns(collection);
    }

    @Override
    public <T> T read(Function<Archive, T> read) {
        return read.apply(this);
    }

    @Override
    public void close() {
        collection.close();
    }

    /** A lookup's selection as a Solr query on the collection's documents. */
    private static SolrQuery query(Selection selection) {
        SolrQuery q = new SolrQuery().addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        switch (selection) {
            case Selection.AnyOf any -> {
                // the terms query parser: no clause limit, values taken as they are (split at a control character)
                q.setQuery("{!terms f=" + any.field() + " separator=$sep}" + String.join(VALUE_SEPARATOR, any.values()));
                q.set("sep", VALUE_SEPARATOR);
            }
            case Selection.AllWords words -> q.setQuery("{!lucene df=" + words.field() + " q.op=AND sow=true}"
                    + java.util.Arrays.stream(words.text().strip().split("\\s+")).map(ClientUtils::escapeQueryChars)
                    .collect(Collectors.joining(" ")));
            case Selection.FacetValues facets -> {
                q.setQuery("*:*");
                facets.values().forEach((dim, value) -> q.addFilterQuery(SolrDocuments.term(dim, value)));
            }
        }
        return q;
    }

    /** One document's fields by id. */
    private Optional<SolrDocument> document(String id, String fields) {
        SolrQuery q = new SolrQuery(SolrDocuments.term(IndexFields.ID, id)).addFilterQuery(SolrDocuments.ONLY_DOCUMENTS)
                .setFields(fields).setRows(1);
        return collection.query(q).getResults().stream().findFirst();
    }

    /** A search hit of a Solr document (fields {@link #HIT_FIELDS}, with score where ranked). */
    private static SearchHit hit(SolrDocument doc, List<SnippetPart> parts) {
        Number score = (Number) doc.getFieldValue("score");
        Number size = (Number) doc.getFieldValue(IndexFields.WORK_SIZE);
        return new SearchHit(string(doc, IndexFields.ID), string(doc, IndexFields.SOURCE), string(doc, IndexFields.TITLE),
                string(doc, IndexFields.DOC_TYPE), date(doc), string(doc, IndexFields.FORMAT),
                score == null ? 0f : score.floatValue(), SnippetPart.bracketed(parts), parts,
                string(doc, IndexFields.WORK_ID), size == null ? 1 : size.longValue());
    }

    /** A document's date as the embedded index stores it (YYYY-MM-DD), or null. */
    private static String date(SolrDocument doc) {
        Date date = (Date) doc.getFieldValue(IndexFields.DATE);
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** A terms facet of works on {@code field}: {@code limit} values (-1 all) in {@code sort} order. */
    private static String termsFacet(String field, int limit, String sort, String excludeTag) {
        return "\"" + field + "\":{\"type\":\"terms\",\"field\":\"" + field + "\",\"limit\":" + limit
                + ",\"sort\":" + sort + ",\"facet\":{\"" + WORKS + "\":\"unique(" + IndexFields.WORK_ID + ")\"}"
                + (excludeTag == null ? "" : ",\"domain\":{\"excludeTags\":\"" + excludeTag + "\"}") + "}";
    }

    /** The facets section of a response, or null. */
    private static NamedList<?> facets(QueryResponse response) {
        return response.getResponse() != null && response.getResponse().get("facets") instanceof NamedList<?> f ? f : null;
    }

    /** One terms facet's values with their work counts (their document counts where works were not asked for). */
    private static List<FacetCount> buckets(NamedList<?> facets, String dim) {
        List<FacetCount> counts = new ArrayList<>();
        Object dimension = facets == null ? null : facets.get(dim);
        if (dimension instanceof NamedList<?> d && d.get("buckets") instanceof List<?> buckets) {
            for (Object b : buckets) {
                NamedList<?> bucket = (NamedList<?>) b;
                Object works = bucket.get(WORKS);
                counts.add(new FacetCount(String.valueOf(bucket.get("val")), number(works == null ? bucket.get("count") : works)));
            }
        }
        return counts;
    }

    private SolrQuery query(SearchRequest request, int rows) {
        SolrQuery q = new SolrQuery(request.query().isEmpty() ? "*:*" : SolrQueryText.of(request.query()));
        q.setRows(rows);
        // the search's time limit, as the embedded index keeps it: Solr stops and answers what it has found
        q.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, request.timeoutMillis()));
        q.setFields(HIT_FIELDS + ",score");
        q.addFilterQuery(SolrDocuments.ONLY_DOCUMENTS);
        request.filters().forEach((dim, values) -> q.addFilterQuery("{!tag=" + tag(dim) + "}" + values.stream()
                .map(v -> filter(dim, v)).collect(Collectors.joining(" OR "))));
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
            json.append(',').append(termsFacet(dim, request.facetValues(), BY_WORKS,
                    request.filters().containsKey(dim) ? tag(dim) : null));
        }
        q.set("json.facet", json.append('}').toString());
        return q;
    }

    /**
     * One value of a filter as the embedded index matches it: a body as the documents write it, whatever the case
     * ("formannskapet"); a sender or recipient by address or name, whatever the case.
     */
    private String filter(String dim, String value) {
        return switch (dim) {
            case IndexFields.BODY -> SolrDocuments.term(dim, facetValue(dim, value).orElse(value));
            case IndexFields.FROM -> SolrDocuments.term(IndexFields.FROM_KEY, MailboxKeys.of(value));
            case IndexFields.TO -> SolrDocuments.term(IndexFields.TO_KEY, MailboxKeys.of(value));
            default -> SolrDocuments.term(dim, value);
        };
    }

    /** The tag of a filter, which its own dimension's facet excludes (counts ignore their own filter). */
    private static String tag(String dim) {
        return "f_" + dim.replaceAll("[^A-Za-z]", "_");
    }

    private static Map<String, List<FacetCount>> facetCounts(NamedList<?> facets) {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            out.put(dim, buckets(facets, dim).stream().sorted(FacetCount.MOST_FIRST).toList());
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
