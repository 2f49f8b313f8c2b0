package no.muni.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import no.muni.export.ExportFilter;

/** A point-in-time, read-only view of the embedded index: search, fetch, export and counts. */
public final class IndexView implements Archive, Closeable {

    private static final int SNIPPET_CHARS = 200;
    private static final SnippetPassageScorer SCORER = new SnippetPassageScorer();

    private static final Set<String> STORED_FOR_HITS = Set.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.TITLE,
            IndexFields.DOC_TYPE, IndexFields.DATE, IndexFields.FORMAT);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetsConfig facetsConfig;
    private final Analyzer analyzer = new MuniAnalyzer(MuniAnalyzer.Side.QUERY);
    /** One per view: it merges the segments' field infos once, on its first snippet (it is thread-safe). */
    private final UnifiedHighlighter highlighter;
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile WorkTable workTable;
    private volatile Boolean prefixesAndPairs;
    private final boolean ownsReader;

    IndexView(DirectoryReader reader, FacetsConfig facetsConfig) {
        this(reader, facetsConfig, true);
    }

    /** @param ownsReader whether {@link #close()} closes the reader; a {@link LiveIndex}'s views do not */
    IndexView(DirectoryReader reader, FacetsConfig facetsConfig, boolean ownsReader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = highlighter();
        this.facetsConfig = facetsConfig;
        this.ownsReader = ownsReader;
    }

    @Override
    public long documentCount() {
        return reader.numDocs();
    }

    /** Parses Lucene query syntax over title and text; throws {@link QuerySyntaxException} with the reason. */
    public Query parse(String queryText) {
        return parse(queryText, new MuniQueryParser(analyzer));
    }

    private static Query parse(String queryText, MuniQueryParser parser) {
        return parser.parseUserQuery(queryText);
    }

    /**
     * Runs a search with facet filters, order and paging. Facet counts are drill-sideways counts: a
     * filtered dimension's counts ignore that dimension's own filter, so a user can widen a filter as well
     * as narrow. Computed with one search per filtered dimension rather than Lucene's DrillSideways,
     * whose scorer cannot run under a time limit.
     */
    @Override
    public SearchPage search(SearchRequest request) {
        long t0 = System.nanoTime();
        MuniQueryParser parser = new MuniQueryParser(analyzer);
        Query parsed = request.query().isEmpty() ? new MatchAllDocsQuery() : parse(request.query(), parser);
        QueryTimeoutImpl timeout = new QueryTimeoutImpl(request.timeoutMillis());
        IndexSearcher timed = new IndexSearcher(reader);
        timed.setTimeout(timeout);
        int topN = request.page() * request.pageSize();
        try {
            Query searched = hasPrefixesAndPairs() ? PrefixesAndPairs.apply(parsed) : parsed;
            Query query = rewriteWithin(searched, timeout);
            boolean cut = parser.expansion().cut(); // before the snippets' expansion below, which may cut too
            if (query == null) {
                return new SearchPage(0, request.page(), request.pageSize(), List.of(), Map.of(), true,
                        (System.nanoTime() - t0) / 1_000_000, null);
            }
            Query filtered = drillDown(query, request.filters(), null);
            List<ScoreDoc> works = bestWorks(timed, filtered, request.sort(), topN);
            int from = Math.min(works.size(), (request.page() - 1) * request.pageSize());
            ScoreDoc[] pageDocs = works.subList(from, works.size()).toArray(ScoreDoc[]::new);
            // Snippets mark the words of the query as written: its prefixes expanded, its phrases as phrases.
            Query marked = request.query().isEmpty() || pageDocs.length == 0 ? null
                    : searched == parsed ? query : rewriteWithin(parsed, timeout);
            List<SearchHit> hits = hits(timed, marked, pageDocs, marked != null);
            // every match, unscored, for the counts
            WorkCounts counts = workCounts(timed.search(filtered, new FacetsCollectorManager()));
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            for (String dim : IndexFields.FACETS) {
                Facets sideways = counts;
                if (request.filters().containsKey(dim)) {
                    sideways = workCounts(timed.search(drillDown(query, request.filters(), dim), new FacetsCollectorManager()));
                }
                facets.put(dim, topChildren(sideways, dim, request.facetValues()));
            }
            SearchPage page = new SearchPage(counts.works(), request.page(), request.pageSize(),
                    hits, facets, timed.timedOut() || cut, (System.nanoTime() - t0) / 1_000_000, null);
            return page.total() == 0 ? page.withSuggestion(Spelling.suggest(reader, request.query())) : page;
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryMistakes.tooManyTerms(request.query());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /**
     * The best rendition of each of the best {@code n} works, in the order asked for ({@link TopWorks}: one pass,
     * in which by relevance Lucene may skip documents that cannot make the page). Counting is left to a pass of
     * its own.
     */
    private List<ScoreDoc> bestWorks(IndexSearcher s, Query query, SortOrder order, int n) throws IOException {
        if (reader.numDocs() == 0) {
            return List.of(); // an index without documents has no facet ordinals to build the table from
        }
        return s.search(query, new TopWorks(works(), order, n));
    }

    /** A document's work: its id and number of renditions. */
    record Work(String id, long renditions) {
    }

    /** The work of a document of this view, by Lucene doc id. */
    Work work(int doc) throws IOException {
        var leaves = reader.leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        var works = leaf.reader().getBinaryDocValues(IndexFields.WORK_ID);
        var sizes = leaf.reader().getNumericDocValues(IndexFields.WORK_SIZE);
        if (works != null && works.advanceExact(local)) {
            return new Work(works.binaryValue().utf8ToString(), sizes != null && sizes.advanceExact(local) ? sizes.longValue() : 1);
        }
        var ids = leaf.reader().getSortedDocValues(IndexFields.ID); // indexed before works existed: a work of its own
        return new Work(ids != null && ids.advanceExact(local) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "", 1);
    }

    /**
     * Expands wildcard, prefix and fuzzy terms into the index's terms under the search's time limit, or
     * null when the limit ran out first. The searcher's own limit covers only the scoring that follows:
     * Lucene expands terms before it, and 70 fuzzy words over a large term dictionary took seconds.
     */
    private Query rewriteWithin(Query query, QueryTimeoutImpl timeout) throws IOException {
        try {
            return new IndexSearcher(new ExitableDirectoryReader(reader, timeout)).rewrite(query);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            return null;
        }
    }

    /** The query restricted by every filter except {@code skipDim}'s. */
    private Query drillDown(Query query, Map<String, List<String>> filters, String skipDim) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig, query);
        filters.forEach((dim, values) -> {
            if (!dim.equals(skipDim)) {
                values.forEach(v -> {
                    switch (dim) {
                        case IndexFields.BODY -> drill.add(dim, facetValue(dim, v).orElse(v));
                        // an address or a name, whichever the user knows
                        case IndexFields.FROM -> drill.add(dim, new TermQuery(new Term(IndexFields.FROM_KEY, MailboxKeys.of(v))));
                        case IndexFields.TO -> drill.add(dim, new TermQuery(new Term(IndexFields.TO_KEY, MailboxKeys.of(v))));
                        default -> drill.add(dim, v);
                    }
                });
            }
        });
        return drill;
    }

    /**
     * The value of a facet dimension as indexed that equals {@code value} ignoring case and spacing
     * ("formannskapet" → "Formannskapet"), if any document has it.
     */
    @Override
    public Optional<String> facetValue(String dimension, String value) {
        String wanted = value.strip().replaceAll("\\s+", " ");
        try {
            SortedSetDocValuesReaderState state = facetState();
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dimension);
            if (range == null) {
                return Optional.empty(); // dimension never indexed
            }
            var values = state.getDocValues();
            for (int ord = range.start(); ord <= range.end(); ord++) {
                String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
                if (path.length == 2 && path[1].equalsIgnoreCase(wanted)) {
                    return Optional.of(path[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return Optional.empty();
    }

    /**
     * Works whose text is most like the given document's (Lucene's MoreLikeThis), best first, without
     * the document's own work (its other renditions); empty when no document has that id. MoreLikeThis
     * reads at most its default 5,000 tokens of the text.
     */
    @Override
    public Optional<List<SearchHit>> moreLikeThis(String id, int limit) {
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return Optional.empty();
            }
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {IndexFields.TEXT});
            mlt.setMinDocFreq(1);
            mlt.setMinTermFreq(1);
            mlt.setMaxQueryTerms(30);
            Query like = new BooleanQuery.Builder()
                    .add(mlt.like(self.scoreDocs[0].doc), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            IndexSearcher timed = new IndexSearcher(reader);
            timed.setTimeout(new QueryTimeoutImpl(SearchRequest.DEFAULT_TIMEOUT_MILLIS));
            String ownWork = work(self.scoreDocs[0].doc).id();
            List<ScoreDoc> others = new ArrayList<>();
            for (ScoreDoc sd : bestWorks(timed, like, SortOrder.RELEVANCE, Math.max(1, limit) + 1)) {
                if (others.size() < Math.max(1, limit) && !work(sd.doc).id().equals(ownWork)) {
                    others.add(sd);
                }
            }
            return Optional.of(hits(timed, like, others.toArray(ScoreDoc[]::new), false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    private List<SearchHit> hits(IndexSearcher s, Query query, ScoreDoc[] docs, boolean highlight) throws IOException {
        String[] snippets = new String[docs.length];
        if (highlight && docs.length > 0) {
            int[] ids = java.util.Arrays.stream(docs).mapToInt(sd -> sd.doc).toArray();
            snippets = highlighter.highlightFields(new String[] {IndexFields.TEXT}, query, ids, new int[] {2})
                    .get(IndexFields.TEXT);
        }
        StoredFields stored = s.storedFields();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document doc = stored.document(docs[i].doc, STORED_FOR_HITS);
            List<SnippetPart> parts = SnippetPart.parse(snippets[i]);
            Work work = work(docs[i].doc);
            hits.add(new SearchHit(doc.get(IndexFields.ID), doc.get(IndexFields.SOURCE), doc.get(IndexFields.TITLE),
                    doc.get(IndexFields.DOC_TYPE), doc.get(IndexFields.DATE), doc.get(IndexFields.FORMAT),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score, SnippetPart.bracketed(parts), parts,
                    work.id(), work.renditions()));
        }
        return hits;
    }

    /**
     * Marks matches of the stemmed, exact and folded fields in the one stored body text. Snippets come
     * from the first 200,000 characters: highlighting a whole book per hit would eat the time limit.
     */
    private UnifiedHighlighter highlighter() {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(SnippetPart.OPEN, SnippetPart.CLOSE, " … ", false))
                .withMaskedFieldsFunc(field -> field.equals(IndexFields.TEXT)
                        ? Set.of(IndexFields.TEXT_EXACT, IndexFields.TEXT_FOLDED) : Set.of())
                .withMaxLength(200_000)
                .withScorer(SCORER)
                // Lists and tables flatten into "sentences" of a thousand characters; passages of about
                // 200 characters cut on word boundaries, the match a third of the way in, stay readable.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_CHARS, 0.3f))
                .build();
    }

    /** Oldest first or newest first, undated documents last either way, ties by id. */
    private static Sort byDate(boolean newest) {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, newest);
        date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, new SortField(IndexFields.ID, SortField.Type.STRING));
    }

    /**
     * Whether every document of this view has the body's prefix and pair fields (see {@link PrefixesAndPairs});
     * an index written by an older muni has none of them until it is re-ingested. Counted once per view.
     */
    private boolean hasPrefixesAndPairs() throws IOException {
        Boolean has = prefixesAndPairs;
        if (has == null) {
            int marked = searcher.count(new TermQuery(new Term(IndexFields.SCHEMA, IndexFields.SCHEMA_PREFIXES_AND_PAIRS)));
            has = reader.numDocs() > 0 && marked == reader.numDocs();
            prefixesAndPairs = has;
        }
        return has;
    }

    /** Built once per view: it maps every facet value of this point-in-time reader to an ordinal. */
    SortedSetDocValuesReaderState facetState() throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state == null) {
            synchronized (this) {
                if (facetState == null) {
                    facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
                }
                state = facetState;
            }
        }
        return state;
    }

    /** Built once per view, after the facet state: the works of several renditions and their facet values. */
    WorkTable works() throws IOException {
        WorkTable table = workTable;
        if (table == null) {
            synchronized (this) {
                if (workTable == null) {
                    workTable = WorkTable.of(facetState());
                }
                table = workTable;
            }
        }
        return table;
    }

    /** Work counts, overall and per facet value, of the documents a collector saw. */
    WorkCounts workCounts(FacetsCollector matching) throws IOException {
        if (reader.numDocs() == 0) {
            return WorkCounts.NONE; // nothing matches, and Lucene has no facet ordinals to read
        }
        return WorkCounts.of(matching, works(), facetState());
    }

    private static List<FacetCount> topChildren(Facets facets, String dim, int top) throws IOException {
        try {
            FacetResult result = facets.getTopChildren(top, dim);
            if (result == null) {
                return List.of();
            }
            return java.util.Arrays.stream(result.labelValues)
                    .map(lv -> new FacetCount(lv.label, lv.value.longValue())).sorted(FacetCount.MOST_FIRST).toList();
        } catch (IllegalArgumentException e) {
            return List.of(); // dimension never indexed (e.g. no dated document yet)
        }
    }

    /** The stored export JSON of one document. */
    @Override
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
     * One stored document: its export JSON, the work it is a rendition of and, for an e-mail, its thread
     * (else null).
     */
    public record StoredDocument(String json, String workId, long renditions, String threadId) {
    }

    /** The thread of an e-mail of this view, by Lucene doc id; null for a document that is no e-mail. */
    private String threadOf(int doc) throws IOException {
        var leaves = reader.leaves();
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        var threads = leaf.reader().getBinaryDocValues(IndexFields.THREAD_ID);
        return threads != null && threads.advanceExact(doc - leaf.docBase) ? threads.binaryValue().utf8ToString() : null;
    }

    /** One message of a thread, as the document page lists it. */
    public record ThreadMessage(String id, String title, java.time.Instant sent, no.muni.model.Email.Mailbox from) {
    }

    /** Messages a thread lists at most: the first ones sent. */
    public static final int MAX_THREAD_MESSAGES = 200;

    /** An e-mail thread: its id and its first {@link #MAX_THREAD_MESSAGES} messages, first sent first. */
    public record EmailThread(String id, List<ThreadMessage> messages) {

        /** The thread {@code id} of these e-mails: their first messages sent, first first. */
        public static EmailThread of(String id, List<no.muni.model.ExportDocument> emails) {
            List<ThreadMessage> messages = new ArrayList<>();
            for (var doc : emails) {
                var email = doc.structure().email();
                messages.add(new ThreadMessage(doc.id(), doc.structure().title(), email.sent(), email.from()));
            }
            messages.sort(java.util.Comparator.comparing(ThreadMessage::sent,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(ThreadMessage::id));
            return new EmailThread(id, messages.size() > MAX_THREAD_MESSAGES
                    ? List.copyOf(messages.subList(0, MAX_THREAD_MESSAGES)) : messages);
        }
    }

    /**
     * The thread of the given e-mail, its own message included; empty when no e-mail has that id. Scans the
     * thread ids (doc values), which is fast.
     */
    @Override
    public Optional<EmailThread> thread(String id) {
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            String thread = self.scoreDocs.length == 0 ? null : threadOf(self.scoreDocs[0].doc);
            if (thread == null) {
                return Optional.empty();
            }
            List<no.muni.model.ExportDocument> emails = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (var leaf : reader.leaves()) {
                var threads = leaf.reader().getBinaryDocValues(IndexFields.THREAD_ID);
                var live = leaf.reader().getLiveDocs();
                if (threads == null) {
                    continue;
                }
                for (int d = threads.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = threads.nextDoc()) {
                    if ((live == null || live.get(d)) && threads.binaryValue().utf8ToString().equals(thread)) {
                        emails.add(ExportJson.read(stored.document(leaf.docBase + d, Set.of(IndexFields.JSON))
                                .getBinaryValue(IndexFields.JSON).utf8ToString()));
                    }
                }
            }
            return Optional.of(EmailThread.of(thread, emails));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    @Override
    public void forEachDocument(ExportFilter filter, Consumer<StoredDocument> sink) {
        forEachDocument(filter.toQuery(), sink);
    }

    /**
     * Streams every document's export JSON with its work in id order, so the same index always exports the
     * same bytes. Reads in pages, so memory does not grow with the index.
     */
    public void forEachDocument(Query filter, Consumer<StoredDocument> sink) {
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
                    Work work = work(sd.doc);
                    sink.accept(new StoredDocument(stored.document(sd.doc, java.util.Set.of(IndexFields.JSON))
                            .getBinaryValue(IndexFields.JSON).utf8ToString(), work.id(), work.renditions(), threadOf(sd.doc)));
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /** Every document's export JSON in id order. */
    public void forEachJson(Consumer<String> sink) {
        forEachDocument(new MatchAllDocsQuery(), d -> sink.accept(d.json()));
    }

    /**
     * The renditions of the given document's work (itself included), in id order, as hits without score
     * or snippet; empty when no document has that id. Scans the work ids (doc values), which is fast.
     */
    @Override
    public List<SearchHit> renditions(String id) {
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            Work work = work(self.scoreDocs[0].doc);
            List<ScoreDoc> members = new ArrayList<>();
            if (work.renditions() < 2) {
                members.add(new ScoreDoc(self.scoreDocs[0].doc, 0f)); // a rendition, not a ranked hit: no score
            } else {
                for (var leaf : reader.leaves()) {
                    var works = leaf.reader().getBinaryDocValues(IndexFields.WORK_ID);
                    var live = leaf.reader().getLiveDocs();
                    if (works == null) {
                        continue;
                    }
                    for (int d = works.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = works.nextDoc()) {
                        if ((live == null || live.get(d)) && works.binaryValue().utf8ToString().equals(work.id())) {
                            members.add(new ScoreDoc(leaf.docBase + d, 0f));
                        }
                    }
                }
            }
            List<SearchHit> hits = new ArrayList<>(hits(searcher, null, members.toArray(ScoreDoc[]::new), false));
            hits.sort(java.util.Comparator.comparing(SearchHit::id));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    @Override
    public long workCount() {
        try {
            return workCounts(searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager())).works();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    @Override
    public Map<String, Long> counts(String dimension, int top) {
        Map<String, Long> out = new LinkedHashMap<>();
        try {
            topChildren(workCounts(searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager())), dimension, top)
                    .forEach(c -> out.put(c.value(), c.count()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return out;
    }

    @Override
    public List<String> values(String field) {
        List<String> values = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    values.add(t.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return values;
    }

    @Override
    public long forEachDated(Selection selection, boolean newestFirst, int max, Predicate<Match> each) {
        Query query = query(selection);
        Sort sort = byDate(newestFirst);
        Set<String> fields = Set.of(IndexFields.ID, IndexFields.DATE, IndexFields.JSON);
        try {
            StoredFields stored = searcher.storedFields();
            TopDocs page = searcher.search(query, Math.max(1, Math.min(100, max)), sort);
            long total = page.totalHits.value();
            int read = 0;
            while (page.scoreDocs.length > 0) {
                for (ScoreDoc sd : page.scoreDocs) {
                    if (read++ == max) {
                        return total;
                    }
                    Document doc = stored.document(sd.doc, fields);
                    if (!each.test(new Match(doc.get(IndexFields.ID), work(sd.doc).id(), doc.get(IndexFields.DATE),
                            doc.getBinaryValue(IndexFields.JSON).utf8ToString()))) {
                        return total;
                    }
                }
                page = searcher.searchAfter(page.scoreDocs[page.scoreDocs.length - 1], query, Math.max(1, Math.min(100, max)), sort);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    @Override
    public WorkFacets facets(Selection selection, List<String> dimensions) {
        try {
            FacetsCollector matching = searcher.search(query(selection), new FacetsCollectorManager());
            WorkCounts works = workCounts(matching);
            Map<String, List<FacetCount>> byDimension = new LinkedHashMap<>();
            for (String dim : dimensions) {
                List<FacetCount> values = new ArrayList<>();
                try {
                    FacetResult all = works.getAllChildren(dim);
                    if (all != null) {
                        for (var lv : all.labelValues) {
                            values.add(new FacetCount(lv.label, lv.value.longValue()));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // no document has this dimension
                }
                values.sort(FacetCount.MOST_FIRST);
                byDimension.put(dim, values);
            }
            long documents = matching.getMatchingDocs().stream().mapToLong(md -> md.totalHits()).sum();
            return new WorkFacets(documents, works.works(), byDimension);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /** The Lucene query of a lookup's selection. */
    private Query query(Selection selection) {
        return switch (selection) {
            case Selection.AnyOf any -> {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                any.values().forEach(v -> q.add(new TermQuery(new Term(any.field(), v)), BooleanClause.Occur.SHOULD));
                yield q.build();
            }
            case Selection.AllWords words -> {
                QueryParser parser = new QueryParser(words.field(), analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                try {
                    yield parser.parse(QueryParser.escape(words.text()));
                } catch (ParseException e) {
                    throw new QuerySyntaxException("cannot understand \"" + words.text() + "\"");
                }
            }
            case Selection.FacetValues facets -> {
                DrillDownQuery drill = new DrillDownQuery(facetsConfig, new MatchAllDocsQuery());
                facets.values().forEach(drill::add);
                yield drill;
            }
        };
    }

    @Override
    public void close() {
        if (!ownsReader) {
            return;
        }
        try {
            reader.close();
            reader.directory().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
