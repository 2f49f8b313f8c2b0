package no.muni.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterBinaryDocValues;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.SearchLatency;

/**
 * Search latency at scale without an hours-long ingest ({@code muni bench-search}): the benchmark's query
 * mix ({@link Benchmark#SEARCH_MIX}, first page of 10 with facets and snippets, one thread) over an index,
 * or over a replica holding its documents N times — its segments added N times with Lucene's
 * {@code addIndexes} (the same documents and term statistics, multiplied; each copy's documents works of their
 * own) and force-merged to a few segments, as a long-lived index would be. Each query then matches N times
 * as many documents, which costs the search what N times as many matches cost.
 */
public final class SearchScale {

    private static final int SEGMENTS = 4;

    private SearchScale() {
    }

    /**
     * @param replica where the replicated index is, or is written when absent (ignored when {@code times} is 1)
     */
    public static SearchLatency.Result measure(DocumentIndex source, int times, Path replica, int rounds,
                                               PrintWriter out) throws IOException {
        DocumentIndex searched = source;
        if (times > 1) {
            searched = DocumentIndex.at(replica);
            if (!searched.exists()) {
                long t0 = System.nanoTime();
                replicate(source, times, searched);
                out.printf(Locale.ROOT, "replicated %d times into %s in %.0f s%n", times, replica, (System.nanoTime() - t0) / 1e9);
            }
        }
        out.println(Machine.current().describe());
        try (IndexView view = searched.openView()) {
            SearchLatency.Result r = SearchLatency.measure(view, Benchmark.SEARCH_MIX, rounds);
            out.printf(Locale.ROOT, "%d documents: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d searches "
                            + "(%d-query mix, first page of 10 with facets and snippets, 1 thread); CPU time of the "
                            + "searching thread p50 %.2f ms, p99 %.2f ms; load average %.2f at end%n",
                    view.documentCount(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.samples(),
                    Benchmark.SEARCH_MIX.size(), r.cpuP50Millis(), r.cpuP99Millis(), Machine.currentLoad());
            out.println("each query's median, CPU / wall, most CPU first:");
            r.byQuery().forEach(q -> out.printf(Locale.ROOT, "  %-34s %8.2f ms %8.2f ms%n", q.query(), q.cpuP50Millis(),
                    q.p50Millis()));
            return r;
        }
    }

    private static void replicate(DocumentIndex source, int times, DocumentIndex target) throws IOException {
        Files.createDirectories(target.luceneDir());
        try (Directory from = FSDirectory.open(source.luceneDir());
             DirectoryReader reader = DirectoryReader.open(from);
             Directory to = FSDirectory.open(target.luceneDir());
             IndexWriter writer = new IndexWriter(to, new IndexWriterConfig(null)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (int copy = 0; copy < times; copy++) {
                List<CodecReader> leaves = new ArrayList<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaves.add(SlowCodecReaderWrapper.wrap(new CopiedWorks(leaf.reader(), "#" + copy)));
                }
                writer.addIndexes(leaves.toArray(CodecReader[]::new));
            }
            writer.forceMerge(SEGMENTS);
            writer.commit();
        }
    }

    /**
     * A copy's documents as works of their own: the work id gets the copy's suffix, so a search collapses
     * renditions of one work as in a real index instead of a document's copies into one work.
     */
    private static final class CopiedWorks extends FilterLeafReader {
        private final BytesRef suffix;

        CopiedWorks(LeafReader in, String suffix) {
            super(in);
            this.suffix = new BytesRef(suffix);
        }

        @Override
        public BinaryDocValues getBinaryDocValues(String field) throws IOException {
            BinaryDocValues values = super.getBinaryDocValues(field);
            if (values == null || !field.equals(IndexFields.WORK_ID)) {
                return values;
            }
            BytesRefBuilder copy = new BytesRefBuilder();
            return new FilterBinaryDocValues(values) {
                @Override
                public BytesRef binaryValue() throws IOException {
                    copy.copyBytes(in.binaryValue());
                    copy.append(suffix);
                    return copy.get();
                }
            };
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
