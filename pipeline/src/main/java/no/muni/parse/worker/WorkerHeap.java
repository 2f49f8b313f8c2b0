package no.muni.parse.worker;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * A parser worker's heap as it answers a file: what its old generation held after the last collection of it, and
 * the heap's limit. What survives a full collection between files is what parsers kept (caches, leaks); a worker
 * whose retained heap passes half its limit is replaced before the next file could fail for want of memory that
 * an earlier file took. The benchmark reads the ingest JVM's own retained heap the same way.
 *
 * @param retainedBytes the old generation's use after its last collection (0 before the first)
 * @param limitBytes    the heap's limit ({@code -Xmx})
 */
public record WorkerHeap(long retainedBytes, long limitBytes) {

    /** The heap of the JVM this runs in. */
    public static WorkerHeap now() {
        long retained = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && afterCollection != null && isOldGeneration(pool.getName())) {
                retained += afterCollection.getUsed();
            }
        }
        return new WorkerHeap(retained, Runtime.getRuntime().maxMemory());
    }

    /** True once the worker keeps more than half its heap between files: time for a fresh one. */
    boolean worn() {
        return retainedBytes > limitBytes / 2;
    }

    /** Serial's "Tenured Gen", G1's "G1 Old Gen", Parallel's "PS Old Gen", ZGC's "ZGC Old Generation". */
    private static boolean isOldGeneration(String pool) {
        return pool.contains("Old") || pool.contains("Tenured");
    }
}
