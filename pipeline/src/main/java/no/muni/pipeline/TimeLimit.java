package no.muni.pipeline;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import no.muni.parse.ParseFailure;

/**
 * Runs one document's work on a daemon thread and gives up on it after the time limit by interrupting
 * the thread. Structure and tag check for that between units of work ({@link no.muni.text.Cancellation}),
 * and parsing in child JVMs is stopped by killing the child, so a document given up on stops within one
 * unit of work; code that checks nothing (Tika parsing in this JVM) no longer holds up the run, and its
 * thread dies with the JVM at the latest.
 */
final class TimeLimit implements AutoCloseable {

    /** The work of one document; may fail with a reason. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws ParseFailure;
    }

    private final Duration limit;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "muni-document");
        t.setDaemon(true);
        return t;
    });

    TimeLimit(Duration limit) {
        this.limit = limit;
    }

    Duration limit() {
        return limit;
    }

    /**
     * Runs {@code work} within {@code budget}: the limit, or what a step that bounded itself (a parse in a
     * child process) left of it. A failure names the whole limit, which is what the user set.
     */
    <T> T run(Work<T> work, Duration budget) throws ParseFailure {
        Future<T> future = threads.submit(() -> {
            running.incrementAndGet();
            try {
                return work.run();
            } finally {
                running.decrementAndGet();
            }
        });
        try {
            return future.get(Math.max(0, budget.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            abandoned.incrementAndGet();
            throw new ParseFailure("processing took longer than the limit of " + limit.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParseFailure failure) {
                throw failure;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseFailure("interrupted");
        } catch (CancellationException e) {
            throw new ParseFailure("cancelled");
        }
    }

    /** Documents given up on; their threads may still be running. */
    int abandoned() {
        return abandoned.get();
    }

    /** Documents being worked on now, those given up on but not yet stopped included. */
    int running() {
        return running.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
