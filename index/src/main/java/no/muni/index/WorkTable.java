package no.muni.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongValues;

/**
 * The works of several renditions in one point-in-time reader, by number: each work's renditions (Lucene doc
 * ids) and the facet values they have between them, each with how many of the renditions have it. Built once
 * per view from the work ids and sizes {@link Works} records as doc values, so that a search counts a work
 * by integer lookups instead of decoding work ids and facet labels of every matching rendition; a work whose
 * renditions all match adds its values without reading any rendition's doc values ({@link WorkCounts}).
 *
 * <p>A document without a work id, or with a work size below 2, is a work of its own and is not in the
 * table. Work ids are doc-values updates, which Lucene allows for numeric and binary doc values only, so
 * the ids are binary and numbered here rather than read as sorted-set ordinals.
 */
final class WorkTable {

    /** The work number of a document (by Lucene doc id) that is a rendition of a larger work, else -1. */
    private final int[] workOf;
    /** Per work: its live renditions' doc ids, ascending. */
    private final int[][] renditions;
    /** Per work: the facet ordinals (of the view's facet state) its renditions have, ascending. */
    private final int[][] values;
    /** Per work, parallel to {@link #values}: how many of its renditions have each value. */
    private final int[][] holders;
    private final List<LeafReaderContext> leaves;
    private final SortedSetDocValuesReaderState facets;
    private final OrdinalMap ordinalMap;

    private WorkTable(int[] workOf, int[][] renditions, int[][] values, int[][] holders,
                      List<LeafReaderContext> leaves, SortedSetDocValuesReaderState facets, OrdinalMap ordinalMap) {
        this.workOf = workOf;
        this.renditions = renditions;
        this.values = values;
        this.holders = holders;
        this.leaves = leaves;
        this.facets = facets;
        this.ordinalMap = ordinalMap;
    }

    /** Reads the works of every live document of the facet state's reader. */
    static WorkTable of(SortedSetDocValuesReaderState facets) throws IOException {
        IndexReader reader = facets.getReader();
        List<LeafReaderContext> leaves = reader.leaves();
        int[] workOf = new int[reader.maxDoc()];
        Arrays.fill(workOf, -1);
        Map<String, Integer> numbers = new HashMap<>();
        int[][] docs = new int[0][];
        int[] sizes = new int[0];
        for (LeafReaderContext leaf : leaves) {
            NumericDocValues workSizes = leaf.reader().getNumericDocValues(IndexFields.WORK_SIZE);
            BinaryDocValues workIds = leaf.reader().getBinaryDocValues(IndexFields.WORK_ID);
            if (workSizes == null || workIds == null) {
                continue; // indexed before works existed: every document a work of its own
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = workSizes.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = workSizes.nextDoc()) {
                if (workSizes.longValue() < 2 || (live != null && !live.get(doc)) || !workIds.advanceExact(doc)) {
                    continue;
                }
                int w = numbers.computeIfAbsent(workIds.binaryValue().utf8ToString(), id -> numbers.size());
                if (w == docs.length) {
                    docs = ArrayUtil.grow(docs, w + 1);
                    sizes = ArrayUtil.grow(sizes, w + 1);
                }
                if (docs[w] == null) {
                    docs[w] = new int[2];
                } else if (sizes[w] == docs[w].length) {
                    docs[w] = ArrayUtil.grow(docs[w], sizes[w] + 1);
                }
                docs[w][sizes[w]++] = leaf.docBase + doc;
                workOf[leaf.docBase + doc] = w;
            }
        }
        int works = numbers.size();
        int[][] renditions = new int[works][];
        for (int w = 0; w < works; w++) {
            renditions[w] = Arrays.copyOf(docs[w], sizes[w]); // in leaf order, so ascending
        }
        OrdinalMap ordinalMap = facets.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
                ? multi.mapping : null;
        WorkTable table = new WorkTable(workOf, renditions, new int[works][], new int[works][], leaves, facets,
                ordinalMap);
        table.readValues();
        return table;
    }

    /** Fills each work's values and their holders from its renditions' facet doc values. */
    private void readValues() throws IOException {
        int[] count = new int[facets.getSize()];
        int[] seen = new int[16];
        for (int w = 0; w < renditions.length; w++) {
            int distinct = 0;
            for (Values v = new Values(); v.next(renditions[w]); ) {
                for (int i = 0; i < v.count(); i++) {
                    int ord = v.nextOrd();
                    if (count[ord]++ == 0) {
                        seen = ArrayUtil.grow(seen, distinct + 1);
                        seen[distinct++] = ord;
                    }
                }
            }
            int[] ords = Arrays.copyOf(seen, distinct);
            Arrays.sort(ords);
            int[] n = new int[distinct];
            for (int i = 0; i < distinct; i++) {
                n[i] = count[ords[i]];
                count[ords[i]] = 0;
            }
            values[w] = ords;
            holders[w] = n;
        }
    }

    /** How many works of several renditions the reader has. */
    int works() {
        return renditions.length;
    }

    /** The work number of a document, or -1 when it is a work of its own. */
    int workOf(int doc) {
        return workOf[doc];
    }

    int[] renditions(int work) {
        return renditions[work];
    }

    int[] values(int work) {
        return values[work];
    }

    int[] holders(int work) {
        return holders[work];
    }

    /** Maps a leaf's facet ordinals to the view's. */
    LongValues globalOrds(int leafOrd) {
        return ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leafOrd);
    }

    /**
     * Steps through the facet values of chosen documents (ascending Lucene doc ids), opening each leaf's doc
     * values once: {@code while (v.next(docs)) for (i < v.count()) v.nextOrd()}.
     */
    final class Values {
        private int index = -1;
        private int leaf = -1;
        private int leafEnd;
        private SortedSetDocValues leafValues;
        private LongValues global;

        /** Moves to the next of {@code docs} that has facet values; false when none is left. */
        boolean next(int[] docs) throws IOException {
            while (++index < docs.length) {
                int doc = docs[index];
                if (leaf < 0 || doc >= leafEnd) {
                    leaf = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
                    LeafReaderContext context = leaves.get(leaf);
                    leafEnd = context.docBase + context.reader().maxDoc();
                    leafValues = DocValues.getSortedSet(context.reader(), facets.getField());
                    global = globalOrds(leaf);
                }
                if (leafValues.advanceExact(doc - leaves.get(leaf).docBase)) {
                    return true;
                }
            }
            return false;
        }

        int count() {
            return leafValues.docValueCount();
        }

        int nextOrd() throws IOException {
            return (int) global.get(leafValues.nextOrd());
        }
    }
}
