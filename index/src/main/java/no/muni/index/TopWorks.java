package no.muni.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best {@code n} works matching a query, each as its best rendition, in one pass over the matches (what
 * Solr's collapsing filter does for a group field; {@link WorkTable} gives a document's work). By relevance,
 * once {@code n} works are held a document scoring below the n-th work's best can change nothing, so Lucene
 * may skip such documents (block-max scores) as it does for a plain top-n search. Newest or oldest first: by
 * the date, undated last, then by score. Ties go to the lower doc id, as in Lucene's own top-n collectors.
 *
 * <p>Before, a search fetched the top {@code 2n + 10} renditions and fetched four times more while they held
 * fewer than {@code n} works: a work of thousands of renditions (a synthetic corpus has five) made a query
 * matching it fetch and sort tens of thousands of renditions in up to seven passes.
 */
final class TopWorks implements CollectorManager<TopWorks.Slice, List<ScoreDoc>> {

    private static final Comparator<Held> BEST_FIRST = (a, b) -> a.better(b.rank, b.score, b.doc) ? -1 : b == a ? 0 : 1;

    private final WorkTable table;
    private final SortOrder order;
    private final int n;

    /** @param n how many works at most: the page's end */
    TopWorks(WorkTable table, SortOrder order, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("ask for at least one work");
        }
        this.table = table;
        this.order = order;
        this.n = n;
    }

    @Override
    public Slice newCollector() {
        return new Slice();
    }

    /** The best rendition of each of the best works, best first (a work may be among the best of two slices). */
    @Override
    public List<ScoreDoc> reduce(Collection<Slice> slices) {
        Map<Integer, Held> best = new HashMap<>();
        for (Slice slice : slices) {
            for (int i = 0; i < slice.size; i++) {
                Held h = slice.heap[i];
                best.merge(h.key, h, (a, b) -> a.better(b.rank, b.score, b.doc) ? a : b);
            }
        }
        List<Held> ranked = new ArrayList<>(best.values());
        ranked.sort(BEST_FIRST);
        return ranked.stream().limit(n).map(h -> new ScoreDoc(h.doc, h.score)).toList();
    }

    /** A rendition held as its work's best: its order key (see {@link #rank}), score and global doc id. */
    private static final class Held {
        long rank;
        float score;
        int doc;
        /** the work's number in the table, or -1 for a work of its own */
        final int work;
        /** unique per work: the work's number, or the table's works plus the doc id for a work of its own */
        final int key;

        Held(long rank, float score, int doc, int work, int key) {
            this.rank = rank;
            this.score = score;
            this.doc = doc;
            this.work = work;
            this.key = key;
        }

        boolean better(long otherRank, float otherScore, int otherDoc) {
            if (rank != otherRank) {
                return rank > otherRank;
            }
            if (score != otherScore) {
                return score > otherScore;
            }
            return doc < otherDoc;
        }
    }

    /** One slice's best works: a heap with the worst held work on top, and where each held work is. */
    final class Slice implements Collector {
        private final Held[] heap = new Held[n];
        private int size;
        /** work number → its place in the heap, or -1 */
        private final int[] place;

        Slice() {
            place = new int[table.works()];
            java.util.Arrays.fill(place, -1);
        }

        @Override
        public ScoreMode scoreMode() {
            return order == SortOrder.RELEVANCE ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            int base = leaf.docBase;
            NumericDocValues dates = order == SortOrder.RELEVANCE ? null : DocValues.getNumeric(leaf.reader(), IndexFields.DATE);
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    raiseMinimum(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (offer(rank(dates, doc), scorer.score(), base + doc)) {
                        raiseMinimum(scorer);
                    }
                }
            };
        }

        /** Takes the document if it makes the best works; whether the worst held work changed. */
        private boolean offer(long rank, float score, int doc) {
            int work = table.workOf(doc);
            if (work >= 0 && place[work] >= 0) {
                Held held = heap[place[work]];
                if (!held.better(rank, score, doc)) { // a better rendition of a held work
                    held.rank = rank;
                    held.score = score;
                    held.doc = doc;
                    down(place[work]);
                    return true;
                }
                return false;
            }
            Held candidate = new Held(rank, score, doc, work, work >= 0 ? work : table.works() + doc);
            if (size < n) {
                heap[size] = candidate;
                placed(size);
                up(size++);
                return size == n;
            }
            Held worst = heap[0];
            if (worst.better(rank, score, doc)) {
                return false;
            }
            if (worst.work >= 0) {
                place[worst.work] = -1;
            }
            heap[0] = candidate;
            placed(0);
            down(0);
            return true;
        }

        /** By relevance, with the heap full: documents scoring no more than the worst held work need no scoring. */
        private void raiseMinimum(Scorable scorer) throws IOException {
            if (order == SortOrder.RELEVANCE && size == n) {
                scorer.setMinCompetitiveScore(Math.nextUp(heap[0].score));
            }
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int worst = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < size; child++) {
                    if (worse(child, worst)) {
                        worst = child;
                    }
                }
                if (worst == i) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private boolean worse(int i, int j) {
            return heap[j].better(heap[i].rank, heap[i].score, heap[i].doc);
        }

        private void swap(int i, int j) {
            Held h = heap[i];
            heap[i] = heap[j];
            heap[j] = h;
            placed(i);
            placed(j);
        }

        private void placed(int i) {
            if (heap[i].work >= 0) {
                place[heap[i].work] = i;
            }
        }
    }

    /** Larger is first: the date for newest first, minus it for oldest first, undated last; 0 by relevance. */
    private long rank(NumericDocValues dates, int doc) throws IOException {
        if (dates == null || !dates.advanceExact(doc)) {
            return order == SortOrder.RELEVANCE ? 0 : Long.MIN_VALUE;
        }
        return order == SortOrder.NEWEST ? dates.longValue() : -dates.longValue();
    }
}
