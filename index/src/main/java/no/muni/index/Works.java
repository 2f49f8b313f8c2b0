package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Groups the documents of an index into works: documents whose texts are the same or nearly the same
 * ({@link WorkSignature#SAME_WORK}) are renditions of one work. Candidate pairs come from the signatures'
 * bands (locality-sensitive hashing), so the cost grows with the documents, not with their pairs; groups
 * are the connected components of the similar pairs. A work's id is the smallest id of its renditions, so
 * it stays put while that rendition stays. The ids and sizes are doc-values updates: no document is
 * re-indexed.
 */
public final class Works {

    /** A document as grouping sees it: its id, its text's signature (null: too short) and its current work. */
    public record Rendition(String id, int[] signature, String workId, long size) {
    }

    /** A document's new work: the work's id and how many renditions it has. */
    public record Assignment(String id, String workId, long size) {
    }

    /** Groups compared per band bucket; see {@link #group}. */
    private static final int LEADERS = 16;

    private Works() {
    }

    /** Recomputes every document's work; returns how many documents changed work. */
    static int group(IndexWriter writer) {
        List<Assignment> changes = regroup(read(writer));
        try {
            for (Assignment a : changes) {
                Term term = new Term(IndexFields.ID, a.id());
                writer.updateBinaryDocValue(term, IndexFields.WORK_ID, new BytesRef(a.workId()));
                writer.updateNumericDocValue(term, IndexFields.WORK_SIZE, a.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the works in the index", e);
        }
        return changes.size();
    }

    /** Groups all documents of an index into works; returns the documents whose work or work size changed. */
    public static List<Assignment> regroup(List<Rendition> docs) {
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int band = 0; band < WorkSignature.BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i).signature() != null) {
                    buckets.computeIfAbsent(WorkSignature.bandKey(docs.get(i).signature(), band), k -> new ArrayList<>(2))
                            .add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                // Each member is compared with the first member of each group found so far in the bucket
                // (at most LEADERS of them), not with every member: a bucket of thousands of copies of one
                // template costs thousands of comparisons, not millions.
                List<Integer> leaders = new ArrayList<>();
                for (int x : bucket) {
                    boolean joined = false;
                    for (int leader : leaders) {
                        if (find(parent, x) == find(parent, leader)) {
                            joined = true;
                        } else if (WorkSignature.similarity(docs.get(x).signature(), docs.get(leader).signature())
                                >= WorkSignature.SAME_WORK) {
                            parent[find(parent, x)] = find(parent, leader);
                            joined = true;
                        }
                        if (joined) {
                            break;
                        }
                    }
                    if (!joined && leaders.size() < LEADERS) {
                        leaders.add(x);
                    }
                }
            }
        }
        Map<Integer, String> workIds = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            int root = find(parent, i);
            String id = docs.get(i).id();
            workIds.merge(root, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            sizes.merge(root, 1, Integer::sum);
        }
        List<Assignment> changed = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Rendition d = docs.get(i);
            int root = find(parent, i);
            String workId = workIds.get(root);
            long size = sizes.get(root);
            if (!workId.equals(d.workId()) || size != d.size()) {
                changed.add(new Assignment(d.id(), workId, size));
            }
        }
        return changed;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Every live document's id, signature and current work, from doc values (uncommitted changes included). */
    private static List<Rendition> read(IndexWriter writer) {
        List<Rendition> docs = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
                BinaryDocValues signatures = leaf.reader().getBinaryDocValues(IndexFields.WORK_SIGNATURE);
                BinaryDocValues works = leaf.reader().getBinaryDocValues(IndexFields.WORK_ID);
                NumericDocValues sizes = leaf.reader().getNumericDocValues(IndexFields.WORK_SIZE);
                if (ids == null) {
                    continue;
                }
                var live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                    int[] signature = null;
                    if (signatures != null && signatures.advanceExact(doc)) {
                        BytesRef b = signatures.binaryValue();
                        signature = WorkSignature.fromBytes(b.bytes, b.offset, b.length);
                    }
                    String work = works != null && works.advanceExact(doc) ? works.binaryValue().utf8ToString() : null;
                    long size = sizes != null && sizes.advanceExact(doc) ? sizes.longValue() : 0;
                    docs.add(new Rendition(id, signature, work, size));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index to group works", e);
        }
        return docs;
    }
}
