package no.muni.parse.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a worker reports of its heap: memory still held after a full collection counts as retained, memory let go
 * does not, and a worker is worn once it keeps more than half its limit.
 */
class WorkerHeapTest {

    @Test
    void whatSurvivesACollectionIsRetainedAndWhatIsLetGoIsNot() {
        System.gc(); // the test JVM's other tests left garbage: measure from a collected heap
        long before = WorkerHeap.now().retainedBytes();
        byte[][] kept = new byte[64][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[1 << 20];
        }
        System.gc();
        WorkerHeap holding = WorkerHeap.now();
        assertTrue(holding.retainedBytes() >= before + (60L << 20),
                "64 MB kept across a full collection: " + before + " → " + holding.retainedBytes());
        assertEquals(Runtime.getRuntime().maxMemory(), holding.limitBytes());
        assertEquals(64, kept.length);

        kept = null;
        System.gc();
        assertTrue(WorkerHeap.now().retainedBytes() < holding.retainedBytes() - (60L << 20),
                "let go and collected: no longer retained");
    }

    @Test
    void wornOncePastHalfTheLimit() {
        assertFalse(new WorkerHeap(0, 1 << 30).worn());
        assertFalse(new WorkerHeap(1 << 29, 1 << 30).worn());
        assertTrue(new WorkerHeap((1 << 29) + 1, 1 << 30).worn());
    }
}
