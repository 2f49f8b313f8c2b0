package no.muni.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
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

    /**
     * A read-only view of {@code list} that {@linkplain #check() checks} on every element read: the structure
     * stage walks a document's blocks in many passes, and each of them stops at the next block this way.
     */
    public static <T> List<T> checked(List<T> list) {
        return new Checked<>(list);
    }

    private static final class Checked<T> extends AbstractList<T> implements RandomAccess {
        private final List<T> list;

        Checked(List<T> list) {
            this.list = list;
        }

        @Override
        public T get(int index) {
            check();
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }
}
