package no.muni.parse.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import no.muni.parse.DocumentParser;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.ParseResult;

/**
 * Parses each file in a child JVM ({@link ParseWorker}) with its own heap limit. A parse that runs
 * past the time limit is ended by killing its process, which frees its thread and its memory at
 * once; a process that runs out of memory or crashes costs only the file it was on. Workers are
 * started on demand, reused, and replaced once they keep over half their heap or after
 * {@code filesPerWorker} files (parsers can leak), or after any failure of the process itself. Each worker's temporary files go to a folder of its
 * own, deleted when it ends ({@link ScratchSpace}). Thread-safe: one parse per worker at a time.
 */
public final class IsolatedParser implements DocumentParser {

    /** The child JVM's exit status for {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** Starting a JVM and loading Tika's parsers takes seconds; on a loaded machine, more. */
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    /** A worker's standard error, in its folder. */
    private static final String LOG = "worker.log";

    /**
     * How the child JVMs are started. A worker is replaced after {@code filesPerWorker} files, or earlier once its
     * heap after collection passes half its limit ({@link WorkerHeap#worn()}): parsers can leak. A worker's start
     * costs each time, beyond the seconds of loading Tika, some 15 CPU-seconds of compiling its hot code again (the
     * first minutes of a worker took three times the CPU per file of its last ones in the 100k bench); replacing
     * workers by the heap they keep rather than after every 1,000 files spares that where nothing leaks. The count
     * limit stays as a bound, as Tika's own pipes do (10,000 files per forked process).
     */
    public record Settings(String heap, int filesPerWorker) {
        public static Settings defaults() {
            return new Settings("1g", 10_000);
        }
    }

    private final ParseLimits limits;
    private final OcrOptions ocr;
    private final Settings settings;
    private final ScratchSpace scratch = new ScratchSpace();
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final List<Worker> all = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ThreadLocal<Duration> lastStartup = ThreadLocal.withInitial(() -> Duration.ZERO);
    private final ScheduledExecutorService killer = newKiller();

    /**
     * The thread that ends a worker past its time limit. Every file schedules a kill and cancels it when the reply
     * comes, so cancelled kills are removed at once: kept until their (minutes-long) delay, they piled up by the
     * thousand in a long ingest, each holding its worker.
     */
    private static ScheduledExecutorService newKiller() {
        ScheduledThreadPoolExecutor killer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "muni-parse-killer");
            t.setDaemon(true);
            return t;
        });
        killer.setRemoveOnCancelPolicy(true);
        return killer;
    }

    public IsolatedParser(ParseLimits limits, OcrOptions ocr, Settings settings) {
        this.limits = limits;
        this.ocr = ocr;
        this.settings = settings;
    }

    @Override
    public ParseResult parse(Path file) throws ParseFailure {
        if (closed.get()) {
            throw new IllegalStateException("the parser pool is closed");
        }
        lastStartup.set(Duration.ZERO);
        Worker worker = idle.poll();
        if (worker == null) {
            long t0 = System.nanoTime();
            worker = start();
            lastStartup.set(Duration.ofNanos(System.nanoTime() - t0));
        }
        boolean reusable = false;
        try {
            ParseResult result = worker.parse(file);
            reusable = true;
            return result;
        } catch (ParseFailure e) {
            reusable = worker.usable();
            throw e;
        } finally {
            if (reusable && worker.files < settings.filesPerWorker() && !worker.heap.worn() && !closed.get()) {
                idle.add(worker);
            } else {
                retire(worker);
            }
        }
    }

    /** The parse's time limit is enforced by killing the worker; starting one is not charged to the file. */
    @Override
    public boolean stopsAtTimeLimit() {
        return true;
    }

    @Override
    public Duration startupOfLastParse() {
        return lastStartup.get();
    }

    /** Ends every worker; a parse still running fails. */
    @Override
    public void close() {
        closed.set(true);
        List<Worker> workers;
        synchronized (all) {
            workers = List.copyOf(all);
        }
        workers.forEach(Worker::stop);
        killer.shutdownNow();
        scratch.delete();
    }

    private Worker start() throws ParseFailure {
        Path folder;
        try {
            folder = scratch.newWorker();
            Files.createDirectory(folder.resolve(ParseWorker.TMP));
        } catch (IOException e) {
            throw new ParseFailure("cannot create a folder for a parser process: " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:+UseSerialGC"); // one parse at a time: the smallest collector fits
        command.add("-Djava.awt.headless=true");
        // Tika, PDFBox, ImageIO and Tesseract write their temporary files there
        command.add("-Djava.io.tmpdir=" + folder.resolve(ParseWorker.TMP));
        // the launcher's class-data-sharing archive holds Tika's classes too: workers start faster with it
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds"))
                .forEach(command::add);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParseWorker.class.getName());
        command.addAll(List.of(ParseWorker.arguments(limits, ocr, folder)));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(folder.resolve(LOG).toFile()).start();
        } catch (IOException e) {
            ScratchSpace.deleteTree(folder);
            throw new ParseFailure("cannot start a parser process: " + e.getMessage(), e);
        }
        Worker worker = new Worker(process, folder);
        synchronized (all) {
            all.add(worker);
        }
        worker.awaitReady();
        return worker;
    }

    private void retire(Worker worker) {
        worker.stop();
        synchronized (all) {
            all.remove(worker);
        }
    }

    /** One child JVM, its pipes and its folder. */
    private final class Worker {
        private final Process process;
        private final Path folder;
        /** What {@link #kill} killed besides the process: its files can only be deleted once they are gone. */
        private final List<ProcessHandle> killedDescendants = new CopyOnWriteArrayList<>();
        private final DataOutputStream requests;
        private final DataInputStream replies;
        private int files;
        private WorkerHeap heap = new WorkerHeap(0, Long.MAX_VALUE);
        private volatile boolean killedAtLimit;
        private boolean broken;

        Worker(Process process, Path folder) {
            this.process = process;
            this.folder = folder;
            this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        }

        /** Waits until the worker has loaded its parsers, so a file's time limit is its own parse only. */
        void awaitReady() throws ParseFailure {
            ScheduledFuture<?> deadline = killer.schedule(this::kill, STARTUP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            try {
                ParseWire.readReady(replies);
            } catch (IOException e) {
                String lastLine = lastLogLine(); // before the log goes with the worker's folder
                retire(this);
                throw new ParseFailure("the parser process did not start within " + STARTUP_LIMIT.toSeconds()
                        + " s" + lastLine, e);
            } finally {
                deadline.cancel(false);
            }
        }

        ParseResult parse(Path file) throws ParseFailure {
            files++;
            Duration limit = limits.timeout();
            ScheduledFuture<?> deadline = killer.schedule(() -> {
                killedAtLimit = true;
                kill();
            }, limit.toMillis(), TimeUnit.MILLISECONDS);
            try {
                ParseWire.writeRequest(requests, file.toAbsolutePath().toUri().toString());
                ParseWire.Reply reply = ParseWire.readReply(replies);
                heap = reply.heap();
                if (reply.failure() != null) {
                    throw reply.toFailure();
                }
                return reply.result();
            } catch (IOException e) {
                broken = true;
                throw new ParseFailure(whyItEnded(limit), e);
            } finally {
                deadline.cancel(false);
            }
        }

        /** Why the process stopped answering, in the user's terms. */
        private String whyItEnded(Duration limit) {
            if (killedAtLimit) {
                return "processing took longer than the limit of " + limit.toSeconds() + " s (its parser process was "
                        + "stopped)";
            }
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                    return "the parser process stopped answering";
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                return "interrupted";
            }
            int exit = process.exitValue();
            if (exit == OUT_OF_MEMORY_EXIT) {
                return "too large to parse within the memory limit (" + settings.heap() + " per parser process)";
            }
            return "the parser process crashed (exit " + exit + lastLogLine() + ")";
        }

        private String lastLogLine() {
            try {
                List<String> lines = Files.readAllLines(folder.resolve(LOG));
                return lines.isEmpty() ? "" : ": " + lines.getLast().strip();
            } catch (IOException e) {
                return "";
            }
        }

        /**
         * False once the pipes failed: a killed process may still look alive for a moment, and a
         * worker that answered a file with a failure is still fine.
         */
        boolean usable() {
            return !broken && process.isAlive();
        }

        /** Kills the worker and what it started (Tesseract), which would otherwise run on. */
        void kill() {
            process.descendants().forEach(child -> {
                killedDescendants.add(child);
                child.destroyForcibly();
            });
            process.destroyForcibly();
        }

        /** Ends the worker, then deletes its folder with what its parsers left there. */
        void stop() {
            try {
                requests.close(); // end of input: the worker finishes its loop
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
            } finally {
                awaitEnd();
                ScratchSpace.deleteTree(folder);
            }
        }

        /** Waits (briefly: they were killed) until the process and what it started have ended. */
        private void awaitEnd() {
            List<CompletableFuture<ProcessHandle>> ends = new ArrayList<>();
            ends.add(process.toHandle().onExit());
            killedDescendants.forEach(child -> ends.add(child.onExit()));
            try {
                CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // deleted all the same; a file written after that stays until the next run's clean-up
            }
        }
    }
}
