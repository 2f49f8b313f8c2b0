package no.muni.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index folder on disk: the Lucene index in {@code lucene/} and the run reports in {@code runs/}.
 * Opening is cheap; writers and readers are opened per use and closed by the caller.
 */
public final class DocumentIndex {

    private final Path dir;

    private DocumentIndex(Path dir) {
        this.dir = dir;
    }

    public static DocumentIndex at(Path dir) {
        return new DocumentIndex(dir.toAbsolutePath().normalize());
    }

    public Path dir() {
        return dir;
    }

    public Path luceneDir() {
        return dir.resolve("lucene");
    }

    public Path runsDir() {
        return dir.resolve("runs");
    }

    /** True once a run has committed at least once. Asking creates nothing (FSDirectory.open would). */
    public boolean exists() {
        if (!Files.isDirectory(luceneDir())) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(luceneDir())) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the single writer; fails with {@link IndexLockedException} when another run holds it. */
    public IndexWriterSession openWriter() {
        try {
            Files.createDirectories(luceneDir());
            Files.createDirectories(runsDir());
        } catch (IOException e) {
            throw new IndexException("cannot create the index folder " + dir + ": " + describe(e), e);
        }
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(luceneDir());
            IndexWriterConfig config = new IndexWriterConfig(new MuniAnalyzer(MuniAnalyzer.Side.INDEX))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            return new IndexWriterSession(new IndexWriter(directory, config), facetsConfig());
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexLockedException(dir, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("cannot open the index at " + dir + " for writing: " + describe(e), e);
        }
    }

    /** Opens a point-in-time view for searching and exporting. */
    public IndexView openView() {
        if (!exists()) {
            throw new IndexException("no index at " + dir + "; run `muni ingest <folder>` first");
        }
        try {
            return new IndexView(DirectoryReader.open(FSDirectory.open(luceneDir())), facetsConfig());
        } catch (IOException e) {
            throw new IndexException("cannot read the index at " + dir + ": " + describe(e), e);
        }
    }

    /**
     * Opens the index for a long-running reader that should see each new commit (see {@link LiveIndex});
     * the caller closes it.
     */
    public LiveIndex openLive() {
        if (!exists()) {
            throw new IndexException("no index at " + dir + "; run `muni ingest <folder>` first");
        }
        try {
            return LiveIndex.open(this, facetsConfig());
        } catch (IOException e) {
            throw new IndexException("cannot read the index at " + dir + ": " + describe(e), e);
        }
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {IndexFields.ORGANISATION, IndexFields.PERSON, IndexFields.PLACE,
                IndexFields.MEASURE, IndexFields.CASE, IndexFields.BODY, IndexFields.TO}) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static void closeQuietly(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the open failed already; that failure is the one to report
            }
        }
    }
}
