package no.muni.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexWriterSession;
import no.muni.index.IndexedVersion;
import no.muni.parse.ParseFailure;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Stage;
import no.muni.pipeline.StageTimes;

/**
 * One ingest run: discover files under each root, skip those whose bytes the index already holds,
 * process new and changed files on all cores, remove files that disappeared, commit, and write the
 * run report. A file that fails is reported and skipped; its previously indexed version is kept.
 */
public final class IngestRun {

    private static final Logger LOG = LoggerFactory.getLogger(IngestRun.class);

    private final DocumentProcessor.Factory processors;
    private final IngestOptions options;

    public IngestRun(DocumentProcessor.Factory processors, IngestOptions options) {
        this.processors = processors;
        this.options = options;
    }

    public RunReport run(List<Path> rootPaths, DocumentIndex index, IngestListener listener) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        StageTimes times = new StageTimes();
        List<FileFailure> failures = Collections.synchronizedList(new ArrayList<>());
        List<FileFailure> warnings = Collections.synchronizedList(new ArrayList<>());
        AtomicLong seen = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicLong changed = new AtomicLong();
        AtomicLong unchanged = new AtomicLong();
        AtomicLong deleted = new AtomicLong();
        AtomicLong documents = new AtomicLong();
        AtomicLong sinceCommit = new AtomicLong();
        SlowestFiles slowest = new SlowestFiles(10);
        String version;

        List<SourceRoot> roots = distinctlyNamed(rootPaths);
        try (IndexWriterSession writer = index.openWriter();
             DocumentProcessor processor = processors.create(times)) {
            version = processor.version();
            FailureMemory failed = FailureMemory.load(index.dir().resolve("failures.json"));
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
                    failures.add(new FileFailure(root.path().toString(), (listing == null ? "folder not found"
                            : "folder is empty") + " (an unmounted share?); its " + known.size()
                            + " indexed files are kept"));
                    continue;
                }
                if (listing == null) {
                    throw new MissingRootException(root.path());
                }
                failures.addAll(listing.unreadable());
                work.add(new RootWork(root, listing.files(), known));
            }
            listener.started(work.stream().mapToInt(w -> w.files.size()).sum());

            ThreadPoolExecutor pool = new ThreadPoolExecutor(options.threads(), options.threads(), 0,
                    TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(options.threads() * 4),
                    new ThreadPoolExecutor.CallerRunsPolicy());
            for (RootWork w : work) {
                for (SourceFile file : w.files) {
                    seen.incrementAndGet();
                    w.seenIds.add(file.id());
                    pool.execute(() -> {
                        Change change;
                        String reason = null;
                        long started0 = System.nanoTime();
                        try {
                            change = processFile(file, w.known.get(file.id()), failed, processor, writer,
                                    times, warnings, documents);
                        } catch (ParseFailure e) {
                            change = Change.FAILED;
                            reason = e.reason();
                        } catch (IOException e) {
                            change = Change.FAILED;
                            reason = "cannot read: " + e.getMessage();
                        } catch (RuntimeException e) {
                            change = Change.FAILED;
                            reason = InternalError.reason(e);
                            LOG.debug("internal error while processing {}", file.path(), e);
                        }
                        slowest.record(file.path().toString(), (System.nanoTime() - started0) / 1_000_000);
                        switch (change) {
                            case NEW -> created.incrementAndGet();
                            case CHANGED -> changed.incrementAndGet();
                            case UNCHANGED -> unchanged.incrementAndGet();
                            case FAILED -> failures.add(new FileFailure(file.path().toString(), reason));
                            default -> {
                            }
                        }
                        if (change == Change.NEW || change == Change.CHANGED) {
                            if (sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
                                writer.commit();
                            }
                        }
                        listener.fileDone(file, change, reason);
                    });
                }
            }
            pool.shutdown();
            awaitQuietly(pool);

            for (RootWork w : work) {
                failed.retainOnly(w.root.name(), w.seenIds);
                for (String id : w.known.keySet()) {
                    if (!w.seenIds.contains(id)) {
                        writer.deleteGroup(id);
                        deleted.incrementAndGet();
                    }
                }
            }
            long c0 = System.nanoTime();
            writer.groupWorks();
            writer.commit();
            failed.save();
            times.add(Stage.INDEX, System.nanoTime() - c0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk the folders: " + e.getMessage(), e);
        }

        List<FileFailure> sortedFailures = new ArrayList<>(failures);
        sortedFailures.sort(java.util.Comparator.comparing(FileFailure::path));
        List<FileFailure> sortedWarnings = new ArrayList<>(warnings);
        sortedWarnings.sort(java.util.Comparator.comparing(FileFailure::path));
        RunReport report = new RunReport(started, Instant.now(), (System.nanoTime() - t0) / 1_000_000,
                version, roots.stream().map(r -> r.path().toString()).toList(),
                new RunReport.Counts(seen.get(), created.get(), changed.get(), unchanged.get(), deleted.get(),
                        sortedFailures.size(), documents.get()),
                times.millis(), sortedFailures, sortedWarnings, slowest.slowestFirst());
        RunHistory.of(index).record(report);
        return report;
    }

    private Change processFile(SourceFile file, IndexedVersion known, FailureMemory failed,
                               DocumentProcessor processor, IndexWriterSession writer, StageTimes times,
                               List<FileFailure> warnings, AtomicLong documents) throws IOException, ParseFailure {
        long f0 = System.nanoTime();
        String sha = Fingerprint.sha256(file.path());
        times.add(Stage.FINGERPRINT, System.nanoTime() - f0);
        boolean current = known != null && known.sha256().equals(sha)
                && processor.version().equals(known.pipelineVersion());
        if (current && !options.reprocess()) {
            return Change.UNCHANGED;
        }
        FailureMemory.Failure before = failed.get(file.id());
        if (before != null && before.sha256().equals(sha) && processor.version().equals(before.pipelineVersion())
                && !options.reprocess()) {
            throw new ParseFailure(before.reason() + " (unchanged since it last failed)");
        }
        DocumentProcessor.Processed processed;
        try {
            processed = processor.process(file.path(),
                    new DocumentProcessor.Origin(file.id(), file.root().name(), file.relativePath(), sha));
        } catch (ParseFailure e) {
            failed.remember(file.id(), new FailureMemory.Failure(sha, processor.version(), e.reason()));
            throw e;
        } catch (RuntimeException e) {
            // a bug of ours: the same bytes through the same pipeline fail the same way, so remember it too
            failed.remember(file.id(), new FailureMemory.Failure(sha, processor.version(), InternalError.reason(e)));
            throw e;
        }
        failed.forget(file.id());
        long i0 = System.nanoTime();
        writer.replaceGroup(file.id(), processed.documents());
        times.add(Stage.INDEX, System.nanoTime() - i0);
        documents.addAndGet(processed.documents().size());
        processed.warnings().forEach(w -> warnings.add(new FileFailure(file.path().toString(), w)));
        return known == null ? Change.NEW : Change.CHANGED;
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

    private static void awaitQuietly(ThreadPoolExecutor pool) {
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

    private static final class RootWork {
        final SourceRoot root;
        final List<SourceFile> files;
        final Map<String, IndexedVersion> known;
        final Set<String> seenIds = ConcurrentHashMap.newKeySet();

        RootWork(SourceRoot root, List<SourceFile> files, Map<String, IndexedVersion> known) {
            this.root = root;
            this.files = files;
            this.known = known;
        }
    }
}
