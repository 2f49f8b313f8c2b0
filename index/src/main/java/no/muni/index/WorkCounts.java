package no.muni.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.TopOrdAndIntQueue;
import org.apache.lucene.facet.TopOrdAndNumberQueue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of works, not documents: a facet value counts the works of which at least one matching
 * rendition has it, and {@link #works()} the works with a matching rendition. Values of a work of its own are
 * counted from its doc values as Lucene's {@code SortedSetDocValuesFacetCounts} does. A work of several
 * renditions ({@link WorkTable}) whose renditions all match adds the values its renditions have between them;
 * of a work only partly matching, the values of the matching renditions are tallied, or, when fewer renditions
 * do not match, those of the others: a value is then still had by a matching rendition when more renditions
 * hold it than the non-matching ones do. Both read the table, not the index.
 */
final class WorkCounts extends Facets {

    /** The counts of an index without documents, which has no facet ordinals either. */
    static final WorkCounts NONE = new WorkCounts(null, new int[0], 0);

    private final SortedSetDocValuesReaderState state;
    private final int[] counts;
    private final long works;

    /**
     * The values' labels for every dimension of these counts: one doc-values instance, as each new one opens
     * every segment's terms dictionary (ten dimensions listed per search). Counts are read by one thread.
     */
    private SortedSetDocValues labels;

    private WorkCounts(SortedSetDocValuesReaderState state, int[] counts, long works) {
        this.state = state;
        this.counts = counts;
        this.works = works;
    }

    /** Counts the works of the documents the collector saw. */
    static WorkCounts of(FacetsCollector hits, WorkTable table, SortedSetDocValuesReaderState state) throws IOException {
        int[] counts = new int[state.getSize()];
        int[] matched = new int[table.works()];
        FixedBitSet matchedDocs = new FixedBitSet(state.getReader().maxDoc());
        long works = 0;
        for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
            if (md.bits() == null) {
                continue;
            }
            int base = md.context().docBase;
            SortedSetDocValues values = DocValues.getSortedSet(md.context().reader(), state.getField());
            LongValues global = table.globalOrds(md.context().ord);
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                int work = table.workOf(base + doc);
                if (work >= 0) {
                    if (matched[work]++ == 0) {
                        works++;
                    }
                    matchedDocs.set(base + doc);
                    continue;
                }
                works++;
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        counts[(int) global.get(values.nextOrd())]++;
                    }
                }
            }
        }
        int[] held = new int[0];
        for (int work = 0; work < matched.length; work++) {
            int[] ords = table.values(work);
            int[] renditions = table.renditions(work);
            if (matched[work] == renditions.length) {
                for (int ord : ords) {
                    counts[ord]++;
                }
            } else if (matched[work] > 0) {
                // held[i]: how many of the renditions read have value i of the work
                boolean readMatching = 2 * matched[work] <= renditions.length;
                held = ords.length > held.length ? new int[ords.length] : held;
                java.util.Arrays.fill(held, 0, ords.length, 0);
                int[] starts = table.valueStarts(work);
                int[] positions = table.valuePositions(work);
                for (int r = 0; r < renditions.length; r++) {
                    if (matchedDocs.get(renditions[r]) == readMatching) {
                        for (int k = starts[r]; k < starts[r + 1]; k++) {
                            held[positions[k]]++;
                        }
                    }
                }
                int[] holders = table.holders(work);
                for (int i = 0; i < ords.length; i++) {
                    if (readMatching ? held[i] > 0 : holders[i] > held[i]) {
                        counts[ords[i]]++;
                    }
                }
            }
        }
        return new WorkCounts(state, counts, works);
    }

    /** The works with at least one matching rendition. */
    long works() {
        return works;
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
        validateTopN(topN);
        SortedSetDocValuesReaderState.OrdRange range = range(dim, path);
        TopOrdAndIntQueue queue = new TopOrdAndIntQueue(Math.min(topN, range.end() - range.start() + 1));
        TopOrdAndNumberQueue.OrdAndValue spare = null;
        int children = 0;
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                children++;
                if (spare == null) {
                    spare = queue.newOrdAndValue();
                }
                spare.ord = ord;
                ((TopOrdAndIntQueue.OrdAndInt) spare).value = counts[ord];
                spare = queue.insertWithOverflow(spare);
            }
        }
        if (children == 0) {
            return null;
        }
        SortedSetDocValues labels = labels();
        LabelAndValue[] top = new LabelAndValue[queue.size()];
        for (int i = top.length - 1; i >= 0; i--) {
            TopOrdAndNumberQueue.OrdAndValue best = queue.pop();
            top[i] = new LabelAndValue(label(labels, best.ord), best.getValue());
        }
        return new FacetResult(dim, path, -1, top, children);
    }

    /** Every value of the dimension that a counted work has, in the index's order of values. */
    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = range(dim, path);
        SortedSetDocValues labels = labels();
        List<LabelAndValue> all = new ArrayList<>();
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                all.add(new LabelAndValue(label(labels, ord), counts[ord]));
            }
        }
        return all.isEmpty() ? null : new FacetResult(dim, path, -1, all.toArray(LabelAndValue[]::new), all.size());
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
        if (path.length != 1) {
            throw new IllegalArgumentException("give one value of the flat dimension " + dim);
        }
        long ord = state == null ? -1 : state.getDocValues().lookupTerm(new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(dim, path)));
        return ord < 0 ? -1 : counts[(int) ord];
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
        List<FacetResult> out = new ArrayList<>();
        for (String dim : state == null ? List.<String>of() : state.getDims()) {
            FacetResult result = getTopChildren(topN, dim);
            if (result != null) {
                out.add(result);
            }
        }
        out.sort(Comparator.comparingInt((FacetResult r) -> r.childCount).reversed().thenComparing(r -> r.dim));
        return out;
    }

    private SortedSetDocValuesReaderState.OrdRange range(String dim, String... path) {
        if (path.length != 0) {
            throw new IllegalArgumentException("muni's facet dimensions are flat; no path below " + dim);
        }
        SortedSetDocValuesReaderState.OrdRange range = state == null ? null : state.getOrdRange(dim);
        if (range == null) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
        }
        return range;
    }

    private SortedSetDocValues labels() throws IOException {
        if (labels == null) {
            labels = state.getDocValues();
        }
        return labels;
    }

    private static String label(SortedSetDocValues labels, int ord) throws IOException {
        return FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString())[1];
    }
}
