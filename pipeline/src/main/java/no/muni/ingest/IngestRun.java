package no.muni.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import no.muni.index.DocumentIndex;
import no.muni.index.DocumentSink;
import no.muni.index.IndexedVersion;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Stage;
import no.muni.pipeline.StageTimes;

/**
 * One ingest run: discover files under each root, hand each to a {@link FileTask} on all cores,
 * remove files that disappeared, commit, and write the {@link RunTally} out as the run report.
 * A file that fails is reported and skipped; its previously indexed version is kept.
 */
public final class IngestRun {

    private final DocumentProcessor.Factory processors;
    private final IngestOptions options;

    public IngestRun(DocumentProcessor.Factory processors, IngestOptions options) {
        this.processors = processors;
        this.options = options;
    }

    public RunReport run(List<Path> rootPaths, DocumentIndex index, IngestListener listener) {
        return run(rootPaths, IngestDestination.of(index), listener);
    }

    /**
     * A run into any destination: only the files of the destination's partition are processed, and only
     * documents of that partition are deleted when their file is gone.
     */
    public RunReport run(List<Path> rootPaths, IngestDestination destination, IngestListener listener) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        StageTimes times = new StageTimes();
        RunTally tally = new RunTally();
        String version;
        List<SourceRoot> roots = distinctlyNamed(rootPaths);
        try (DocumentSink writer = destination.openSink();
             DocumentProcessor processor = processors.create(times)) {
            version = processor.version();
            FailureMemory failed = FailureMemory.load(destination.failures());
            List<RootWork> work = discover(roots, writer, destination.partition(), times, tally);
            listener.started(work.stream().mapToInt(w -> w.files.size()).sum());
            FileTask task = new FileTask(processor, writer, failed, options, times, tally, listener);
            processAll(work, task, tally);
            for (RootWork w : work) {
                failed.retainOnly(w.root.name(), w.seenIds);
                for (String id : w.known.keySet()) {
                    if (!w.seenIds.contains(id)) {
                        writer.deleteGroup(id);
                        tally.deleted();
                    }
                }
            }
            long c0 = System.nanoTime();
            writer.groupWorks();
            writer.groupThreads();
            writer.commit();
            failed.save();
            times.add(Stage.INDEX, System.nanoTime() - c0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk the folders: " + e.getMessage(), e);
        }
        RunReport report = tally.report(started, (System.nanoTime() - t0) / 1_000_000, version,
                roots.stream().map(r -> r.path().toString()).toList(), times.millis());
        destination.record(report);
        return report;
    }

    private static List<RootWork> discover(List<SourceRoot> roots, DocumentSink writer, Partition partition,
                                           StageTimes times, RunTally tally) throws IOException {
        List<RootWork> work = new ArrayList<>();
        for (SourceRoot root : roots) {
            Map<String, IndexedVersion> known = writer.indexedVersions(root.name());
            long d0 = System.nanoTime();
            SourceDiscovery.Listing listing = Files.isDirectory(root.path())
                    ? new SourceDiscovery().discover(root) : null;
            times.add(Stage.DISCOVER, System.nanoTime() - d0);
            boolean absent = listing == null || listing.isEmpty();
            if (absent && !known.isEmpty()) {
                // An unmounted share is a missing folder or an empty mount point; neither may wipe
                // its documents from the index.
                tally.failure(new FileFailure(root.path().toString(), (listing == null ? "folder not found"
                        : "folder is empty") + " (an unmounted share?); its " + known.size()
                        + " indexed files are kept"));
                continue;
            }
            if (listing == null) {
                throw new MissingRootException(root.path());
            }
            listing.unreadable().forEach(tally::failure);
            listing.broken().stream().filter(f -> partition.takes(keyOf(root, f))).forEach(f -> {
                tally.seen();
                tally.failure(f);
            });
            listing.skipped().stream().filter(f -> partition.takes(keyOf(root, f))).forEach(f -> {
                tally.seen();
                tally.skipped(f);
            });
            work.add(new RootWork(root, listing.files().stream().filter(f -> partition.takes(f.id())).toList(), known));
        }
        return work;
    }

    /** The partition key of an entry reported by path (a broken link, a device): like a file's id. */
    private static String keyOf(SourceRoot root, FileFailure entry) {
        String prefix = root.path().toString() + java.io.File.separator;
        return root.name() + "/" + (entry.path().startsWith(prefix) ? entry.path().substring(prefix.length()) : entry.path());
    }

    private void processAll(List<RootWork> work, FileTask task, RunTally tally) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0,
                TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(options.threads() * 4),
                new ThreadPoolExecutor.CallerRunsPolicy());
        for (RootWork w : work) {
            for (SourceFile file : w.files) {
                tally.seen();
                w.seenIds.add(file.id());
                pool.execute(() -> task.run(file, w.known.get(file.id())));
            }
        }
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting: every task ends, at the latest, at the parse time limit
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for workers", e);
        }
    }

    /**
     * Ids start with the root folder's name, so two roots of the same name would overwrite and then
     * delete each other's documents.
     */
    private static List<SourceRoot> distinctlyNamed(List<Path> rootPaths) {
        Map<String, SourceRoot> byName = new LinkedHashMap<>();
        for (Path p : rootPaths) {
            SourceRoot root = SourceRoot.of(p);
            SourceRoot before = byName.putIfAbsent(root.name(), root);
            if (before != null) {
                throw new RootNameClashException(before.path(), root.path(), root.name());
            }
        }
        return List.copyOf(byName.values());
    }

    /** A root's files and what the index holds for it; {@code seenIds} fills as files are handed out. */
    private record RootWork(SourceRoot root, List<SourceFile> files, Map<String, IndexedVersion> known,
                            Set<String> seenIds) {
        RootWork(SourceRoot root, List<SourceFile> files, Map<String, IndexedVersion> known) {
            this(root, files, known, ConcurrentHashMap.newKeySet());
        }
    }
}
