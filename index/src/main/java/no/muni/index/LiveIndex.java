package no.muni.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The index for a long-running reader such as the server: each read sees the latest commit, so a finished
 * {@code muni ingest} shows without a restart. Lucene's {@link SearcherManager} reopens the reader when a
 * new commit exists ({@code DirectoryReader.openIfChanged}, which shares unchanged segments) and keeps an
 * older reader open until the reads that use it have finished. Whether a newer commit exists is checked
 * at most once per {@link #REFRESH_MILLIS}.
 */
public final class LiveIndex implements LiveArchive, Closeable {

    static final long REFRESH_MILLIS = 1_000;

    /** A searcher carrying its view, so the facet ordinals are built once per reader, not once per read. */
    private static final class ViewSearcher extends IndexSearcher {
        final IndexView view;

        ViewSearcher(IndexReader reader, FacetsConfig facets) {
            super(reader);
            this.view = new IndexView((DirectoryReader) reader, facets, false);
        }
    }

    private final FSDirectory directory;
    private final SearcherManager manager;
    private volatile long checkedAt;

    private LiveIndex(FSDirectory directory, SearcherManager manager) {
        this.directory = directory;
        this.manager = manager;
        this.checkedAt = System.currentTimeMillis();
    }

    static LiveIndex open(DocumentIndex index, FacetsConfig facets) throws IOException {
        FSDirectory directory = FSDirectory.open(index.luceneDir());
        try {
            return new LiveIndex(directory, new SearcherManager(directory, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new ViewSearcher(reader, facets);
                }
            }));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Runs {@code read} on a view of the latest commit; the view is valid only inside it. */
    @Override
    public <T> T read(Function<Archive, T> read) {
        refreshIfDue();
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        try {
            return read.apply(((ViewSearcher) searcher).view);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot release the index reader", e);
            }
        }
    }

    private void refreshIfDue() {
        long now = System.currentTimeMillis();
        if (now - checkedAt < REFRESH_MILLIS) {
            return;
        }
        checkedAt = now;
        try {
            manager.maybeRefresh(); // another thread refreshing already: this read uses the current view
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reopen the index", e);
        }
    }

    @Override
    public void close() {
        try {
            manager.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
