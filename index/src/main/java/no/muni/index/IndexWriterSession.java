package no.muni.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import no.muni.model.Email;

/**
 * The one writer of an index. Thread-safe: pipeline workers add documents concurrently. Nothing is
 * visible to readers until {@link #commit()}, and Lucene's commit is atomic, so a crash leaves the
 * index as of the last commit.
 */
public final class IndexWriterSession implements DocumentSink, Closeable {

    /** Body text is stored with offsets in the postings so the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);
    /**
     * The exact and folded copies of the body are not stored again; their offsets let the highlighter
     * mark their matches in the stored body (UnifiedHighlighter's masked fields).
     */
    private static final FieldType COPY_WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

    /**
     * The body's word prefixes and word pairs: documents and counts, no positions — a prefix or a phrase of two
     * words is searched and scored as one word.
     */
    private static final FieldType DERIVED_WORDS = derivedWords();

    private static FieldType derivedWords() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private final IndexWriter writer;
    private final FacetsConfig facets;

    IndexWriterSession(IndexWriter writer, FacetsConfig facets) {
        this.writer = writer;
        this.facets = facets;
    }

    /**
     * Replaces a source file and its embedded documents in one atomic step: a commit, a crash or a
     * reader never sees the file without its attachments or with the old ones.
     */
    @Override
    public void replaceGroup(String groupId, List<IndexDocument> docs) {
        List<Document> lucene = new ArrayList<>(docs.size());
        try {
            for (IndexDocument d : docs) {
                Document doc = toLucene(d);
                keyword(doc, IndexFields.GROUP, groupId);
                lucene.add(facets.build(doc));
            }
            writer.updateDocuments(new Term(IndexFields.GROUP, groupId), lucene);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + groupId + " to the index", e);
        }
    }

    /** Removes a source file and every document embedded in it. */
    @Override
    public void deleteGroup(String groupId) {
        try {
            writer.deleteDocuments(new Term(IndexFields.GROUP, groupId));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + groupId + " from the index", e);
        }
    }

    /**
     * Regroups every document into works (renditions of the same or nearly the same text), after a run's
     * changes and before its last commit; returns how many documents changed work.
     */
    @Override
    public int groupWorks() {
        return Works.group(writer);
    }

    /**
     * Regroups every e-mail into threads (see {@link Threads}), after a run's changes and before its last
     * commit; returns how many messages changed thread.
     */
    @Override
    public int groupThreads() {
        return Threads.group(writer);
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    /**
     * The indexed version of every top-level document of one root, read from doc values so it stays
     * fast for large indexes. Sees the last commit.
     */
    @Override
    public Map<String, IndexedVersion> indexedVersions(String root) {
        Map<String, IndexedVersion> versions = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
                SortedDocValues roots = leaf.reader().getSortedDocValues(IndexFields.ROOT);
                SortedDocValues shas = leaf.reader().getSortedDocValues(IndexFields.SHA256);
                SortedDocValues versionsDv = leaf.reader().getSortedDocValues(IndexFields.PIPELINE_VERSION);
                SortedDocValues parents = leaf.reader().getSortedDocValues(IndexFields.PARENT);
                if (ids == null || roots == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (parents != null && parents.advanceExact(doc)) {
                        continue;
                    }
                    if (!roots.advanceExact(doc) || !root.equals(roots.lookupOrd(roots.ordValue()).utf8ToString())) {
                        continue;
                    }
                    String sha = shas != null && shas.advanceExact(doc) ? shas.lookupOrd(shas.ordValue()).utf8ToString() : "";
                    String version = versionsDv != null && versionsDv.advanceExact(doc)
                            ? versionsDv.lookupOrd(versionsDv.ordValue()).utf8ToString() : "";
                    versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), new IndexedVersion(sha, version));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index state", e);
        }
        return versions;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }

    /** Abandons changes since the last commit, e.g. when a run is interrupted. */
    public void rollback() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll back the index", e);
        }
    }

    private static Document toLucene(IndexDocument d) {
        Document doc = new Document();
        keyword(doc, IndexFields.ID, d.id());
        if (d.parentId() != null) {
            keyword(doc, IndexFields.PARENT, d.parentId());
        }
        keyword(doc, IndexFields.ROOT, d.root());
        keyword(doc, IndexFields.SOURCE, d.source());
        keyword(doc, IndexFields.SHA256, d.sha256());
        keyword(doc, IndexFields.PIPELINE_VERSION, d.pipelineVersion());
        keyword(doc, IndexFields.FORMAT, d.format());
        keyword(doc, IndexFields.DOC_TYPE, d.docType());
        facet(doc, IndexFields.FORMAT, d.format());
        facet(doc, IndexFields.DOC_TYPE, d.docType());
        if (d.title() != null) {
            doc.add(new TextField(IndexFields.TITLE, d.title(), Field.Store.YES));
            doc.add(new TextField(IndexFields.TITLE_EXACT, d.title(), Field.Store.NO));
            doc.add(new TextField(IndexFields.TITLE_FOLDED, d.title(), Field.Store.NO));
        }
        if (d.date() != null) {
            long epochDay = d.date().toEpochDay();
            doc.add(new LongPoint(IndexFields.DATE, epochDay));
            doc.add(new NumericDocValuesField(IndexFields.DATE, epochDay));
            doc.add(new StoredField(IndexFields.DATE, d.date().toString()));
            int year = d.date().getYear();
            doc.add(new IntPoint(IndexFields.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.YEAR, Integer.toString(year)));
        }
        doc.add(new Field(IndexFields.TEXT, d.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT_EXACT, d.text(), COPY_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT_FOLDED, d.text(), COPY_WITH_OFFSETS));
        doc.add(new Field(IndexFields.TEXT_PREFIXES, d.text(), DERIVED_WORDS));
        doc.add(new Field(IndexFields.TEXT_FOLDED_PREFIXES, d.text(), DERIVED_WORDS));
        doc.add(new Field(IndexFields.TEXT_EXACT_PAIRS, d.text(), DERIVED_WORDS));
        doc.add(new Field(IndexFields.TEXT_FOLDED_PAIRS, d.text(), DERIVED_WORDS));
        doc.add(new StringField(IndexFields.SCHEMA, IndexFields.SCHEMA_PREFIXES_AND_PAIRS, Field.Store.NO));
        for (String measure : d.measures()) {
            doc.add(new TextField(IndexFields.MEASURE_TEXT, measure, Field.Store.NO));
        }
        SearchFields search = SearchFields.of(d);
        multi(doc, IndexFields.ORGANISATION, search.organisations());
        multi(doc, IndexFields.PERSON, search.persons());
        search.organisationKeys().forEach(k -> doc.add(new StringField(IndexFields.ORGANISATION_KEY, k, Field.Store.NO)));
        search.personKeys().forEach(k -> doc.add(new StringField(IndexFields.PERSON_KEY, k, Field.Store.NO)));
        multi(doc, IndexFields.PLACE, d.places());
        multi(doc, IndexFields.MEASURE, d.measures());
        multi(doc, IndexFields.CASE, search.cases());
        multi(doc, IndexFields.BODY, search.bodies());
        mailboxes(doc, IndexFields.FROM, IndexFields.FROM_KEY, search.senders());
        mailboxes(doc, IndexFields.TO, IndexFields.TO_KEY, search.recipients());
        Email email = d.export().structure().email();
        if (email != null) {
            Threads.index(doc, d.id(), email);
        }
        doc.add(new StoredField(IndexFields.JSON, new BytesRef(ExportJson.write(d.export()))));
        // a work of its own until Works.group says otherwise
        doc.add(new BinaryDocValuesField(IndexFields.WORK_ID, new BytesRef(d.id())));
        doc.add(new NumericDocValuesField(IndexFields.WORK_SIZE, 1));
        int[] signature = WorkSignature.of(d.text());
        if (signature != null) {
            doc.add(new BinaryDocValuesField(IndexFields.WORK_SIGNATURE, new BytesRef(WorkSignature.toBytes(signature))));
        }
        return doc;
    }

    /**
     * Senders or recipients: a facet value each (the address, or the name where there is none), their
     * names and addresses as text for {@code from:}/{@code to:} in a query, and as lower-case keys for the
     * filters.
     */
    private static void mailboxes(Document doc, String field, String keyField, List<SearchFields.Mailbox> boxes) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (SearchFields.Mailbox box : boxes) {
            doc.add(new TextField(field, box.text(), Field.Store.NO));
            keys.addAll(box.keys());
        }
        keys.forEach(k -> doc.add(new StringField(keyField, k, Field.Store.NO)));
        boxes.stream().map(SearchFields.Mailbox::label).distinct().forEach(v -> facet(doc, field, v));
    }

    private static void keyword(Document doc, String field, String value) {
        String v = value == null ? "" : value;
        doc.add(new StringField(field, v, Field.Store.YES));
        doc.add(new SortedDocValuesField(field, new BytesRef(v)));
    }

    private static void multi(Document doc, String field, Iterable<String> values) {
        Map<String, Boolean> seen = new HashMap<>();
        for (String v : values) {
            if (v == null || v.isBlank() || seen.put(v, Boolean.TRUE) != null) {
                continue;
            }
            doc.add(new StringField(field, v, Field.Store.NO));
            facet(doc, field, v);
        }
    }

    private static void facet(Document doc, String dim, String value) {
        if (value != null && !value.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(dim, value));
        }
    }

}
