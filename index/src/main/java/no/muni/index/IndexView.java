package no.muni.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** A point-in-time, read-only view of the index: search, fetch, export and counts. */
public final class IndexView implements Closeable {

    private static final String[] SEARCH_FIELDS = {IndexFields.TITLE, IndexFields.TEXT};
    private static final Map<String, Float> BOOSTS = Map.of(IndexFields.TITLE, 3f, IndexFields.TEXT, 1f);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetsConfig facetsConfig;
    private final Analyzer analyzer = new MuniAnalyzer();

    IndexView(DirectoryReader reader, FacetsConfig facetsConfig) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetsConfig = facetsConfig;
    }

    public int documentCount() {
        return reader.numDocs();
    }

    /** Parses Lucene query syntax over title and text; throws {@link QuerySyntaxException} with the reason. */
    public Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(queryText);
        } catch (ParseException | IllegalArgumentException e) {
            throw new QuerySyntaxException("cannot understand the query \"" + queryText + "\": "
                    + firstLine(e.getMessage()));
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query \"" + queryText + "\" expands to too many terms");
        }
    }

    public SearchResults search(String queryText, int limit) {
        Query query = parse(queryText);
        try {
            TopDocs top = searcher.search(query, Math.max(1, limit));
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                    .withMaxLength(1_000_000)
                    .build();
            String[] snippets = top.scoreDocs.length == 0 ? new String[0]
                    : highlighter.highlight(IndexFields.TEXT, query, top, 2);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc);
                hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.SOURCE), doc.get(IndexFields.TITLE),
                        doc.get(IndexFields.DOC_TYPE), doc.get(IndexFields.DATE), doc.get(IndexFields.FORMAT),
                        sd.score, snippets[i] == null ? "" : snippets[i].replaceAll("\\s+", " ").strip()));
            }
            return new SearchResults(top.totalHits.value(), hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query \"" + queryText + "\" expands to too many terms");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** The stored export JSON of one document. */
    public Optional<String> json(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc)
                    .getBinaryValue(IndexFields.JSON).utf8ToString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /**
     * Streams every document's export JSON in id order, so the same index always exports the same bytes.
     * Reads in pages, so memory does not grow with the index.
     */
    public void forEachJson(Query filter, Consumer<String> sink) {
        Sort byId = new Sort(new SortField(IndexFields.ID, SortField.Type.STRING));
        try {
            StoredFields stored = searcher.storedFields();
            ScoreDoc after = null;
            while (true) {
                TopDocs page = after == null ? searcher.search(filter, 500, byId)
                        : searcher.searchAfter(after, filter, 500, byId);
                if (page.scoreDocs.length == 0) {
                    return;
                }
                for (ScoreDoc sd : page.scoreDocs) {
                    sink.accept(stored.document(sd.doc, java.util.Set.of(IndexFields.JSON))
                            .getBinaryValue(IndexFields.JSON).utf8ToString());
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    public void forEachJson(Consumer<String> sink) {
        forEachJson(new MatchAllDocsQuery(), sink);
    }

    /** Document counts per value of a facet dimension (docType, format, year, organisation…), largest first. */
    public Map<String, Long> counts(String dimension, int top) {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            var fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
            Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
            FacetResult result = facets.getTopChildren(top, dimension);
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    out.put(lv.label, lv.value.longValue());
                }
            }
        } catch (IllegalArgumentException e) {
            // dimension never indexed (e.g. no dated document yet): no counts
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
