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
 * ids), the facet values they have between them with how many renditions hold each, and each rendition's
 * values. Built once per view (a pass over the renditions' doc values) from the work ids and sizes
 * {@link Works} records, so that a search counts works by integer lookups instead of decoding work ids and
 * facet labels of every matching rendition ({@link WorkCounts}). Memory: about 4 bytes per facet value of
 * each rendition of a larger work (17 MB for 100,000 synthetic documents, nearly all renditions).
 *
 * <p>A document without a work id, or with a work size below 2, is a work of its own and is not in the
 * table. Work ids are doc-values updates, which Lucene allows for numeric and binary doc values only, so
 * the ids are binary and numbered here rather than read as sorted-set ordinals for Lucene's grouping.
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
    /**
     * Per work: the values of its rendition r are {@code values[valuePositions[valueStarts[r]…valueStarts[r+1]-1]]};
     * held in memory (4 bytes per value of a rendition), so a partly matching work costs array reads only.
     */
    private final int[][] valueStarts;
    private final int[][] valuePositions;
    private final List<LeafReaderContext> leaves;
    private final SortedSetDocValuesReaderState facets;
    private final OrdinalMap ordinalMap;

    private WorkTable(int[] workOf, int[][] renditions, int[][] values, int[][] holders,
                      List<LeafReaderContext> leaves, SortedSetDocValuesReaderState facets, OrdinalMap ordinalMap) {
        this.workOf = workOf;
        this.renditions = renditions;
        this.values = values;
        this.holders = holders;
        this.valueStarts = new int[renditions.length][];
        this.valuePositions = new int[renditions.length][];
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

    /**
     * Fills each work's values and their holders from its renditions' facet doc values, and each
     * rendition's values as positions in its work's values.
     */
    private void readValues() throws IOException {
        int[] count = new int[facets.getSize()];
        int[] distinct = new int[16];
        int[] read = new int[16];
        for (int w = 0; w < renditions.length; w++) {
            int[] docs = renditions[w];
            int[] starts = new int[docs.length + 1];
            int n = 0;
            int k = 0;
            int leaf = -1;
            int leafEnd = 0;
            SortedSetDocValues leafValues = null;
            LongValues global = null;
            for (int r = 0; r < docs.length; r++) {
                if (leaf < 0 || docs[r] >= leafEnd) {
                    leaf = org.apache.lucene.index.ReaderUtil.subIndex(docs[r], leaves);
                    leafEnd = leaves.get(leaf).docBase + leaves.get(leaf).reader().maxDoc();
                    leafValues = DocValues.getSortedSet(leaves.get(leaf).reader(), facets.getField());
                    global = globalOrds(leaf);
                }
                if (leafValues.advanceExact(docs[r] - leaves.get(leaf).docBase)) {
                    read = ArrayUtil.grow(read, k + leafValues.docValueCount());
                    for (int i = leafValues.docValueCount(); i > 0; i--) {
                        int ord = (int) global.get(leafValues.nextOrd());
                        read[k++] = ord;
                        if (count[ord]++ == 0) {
                            distinct = ArrayUtil.grow(distinct, n + 1);
                            distinct[n++] = ord;
                        }
                    }
                }
                starts[r + 1] = k;
            }
            int[] ords = Arrays.copyOf(distinct, n);
            Arrays.sort(ords);
            int[] held = new int[n];
            for (int i = 0; i < n; i++) {
                held[i] = count[ords[i]];
                count[ords[i]] = i; // now the value's position in the work's values
            }
            int[] positions = new int[k];
            for (int i = 0; i < k; i++) {
                positions[i] = count[read[i]];
            }
            for (int ord : ords) {
                count[ord] = 0;
            }
            values[w] = ords;
            holders[w] = held;
            valueStarts[w] = starts;
            valuePositions[w] = positions;
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

    /** Where the values of each rendition of a work start in {@link #valuePositions(int)}, and the end. */
    int[] valueStarts(int work) {
        return valueStarts[work];
    }

    /** The values of a work's renditions, one after the other, as positions in {@link #values(int)}. */
    int[] valuePositions(int work) {
        return valuePositions[work];
    }

    /** Maps a leaf's facet ordinals to the view's. */
    LongValues globalOrds(int leafOrd) {
        return ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leafOrd);
    }
}
