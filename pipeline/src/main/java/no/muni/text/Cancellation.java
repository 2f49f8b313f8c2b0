package no.muni.text;

import java.util.concurrent.CancellationException;

/**
 * The cooperative end of a document's time limit. The pipeline gives up on a document by interrupting
 * the thread working on it; structure and tag call {@link #check()} between units of work (a block, a
 * tagging window, a stage), so a document given up on stops within one unit instead of running on in
 * the background with its text in memory.
 */
public final class Cancellation {

    private Cancellation() {
    }

    /** @throws CancellationException when this thread was interrupted: its document was given up on */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the document was given up on at its time limit");
        }
    }
}
