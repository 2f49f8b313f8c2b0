package no.muni.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Measures in-process search latency the way the UI searches (facets, highlighting, first page of 10),
 * so a benchmark can report p50/p99 over its own queries and corpus.
 */
public final class SearchLatency {

    /**
     * Latency percentiles in milliseconds over {@code samples} searches: wall time, and the searching thread's
     * CPU time, which other load on the machine does not lengthen (NaN where the JVM cannot measure it).
     */
    public record Result(int samples, double p50Millis, double p99Millis, double maxMillis, double cpuP50Millis,
                         double cpuP99Millis, List<QueryCost> byQuery) {
    }

    /** One query's median wall and CPU time over the rounds, to tell which queries make the p99. */
    public record QueryCost(String query, double p50Millis, double cpuP50Millis) {
    }

    private SearchLatency() {
    }

    /**
     * Warm-up rounds before the timed ones: the JIT compiles the search's hot code over the first rounds, which
     * then ran several times slower (at 100,000 documents CPU p50 9.2 ms over 10 rounds after one warm-up round,
     * 5.9 ms over 60), so the figure depended on how many rounds were timed.
     */
    static final int WARM_UP_ROUNDS = 5;

    /** Runs every query {@code rounds} times after {@link #WARM_UP_ROUNDS} untimed rounds and reports the distribution. */
    public static Result measure(IndexView view, List<String> queries, int rounds) {
        if (queries.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("give at least one query and one round");
        }
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            queries.forEach(q -> view.search(SearchRequest.of(q, 10)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long[] nanos = new long[queries.size() * rounds];
        long[] cpuNanos = new long[nanos.length];
        long[][] queryNanos = new long[queries.size()][rounds];
        long[][] queryCpuNanos = new long[queries.size()][rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (int q = 0; q < queries.size(); q++) {
                long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                view.search(SearchRequest.of(queries.get(q), 10));
                nanos[i] = System.nanoTime() - t0;
                cpuNanos[i] = cpu ? threads.getCurrentThreadCpuTime() - c0 : 0;
                queryNanos[q][r] = nanos[i];
                queryCpuNanos[q][r] = cpuNanos[i++];
            }
        }
        List<QueryCost> byQuery = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            Arrays.sort(queryNanos[q]);
            Arrays.sort(queryCpuNanos[q]);
            byQuery.add(new QueryCost(queries.get(q), percentile(queryNanos[q], 0.50),
                    cpu ? percentile(queryCpuNanos[q], 0.50) : Double.NaN));
        }
        byQuery.sort(Comparator.comparingDouble(QueryCost::cpuP50Millis).thenComparingDouble(QueryCost::p50Millis).reversed());
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        return new Result(nanos.length, percentile(nanos, 0.50), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6,
                cpu ? percentile(cpuNanos, 0.50) : Double.NaN, cpu ? percentile(cpuNanos, 0.99) : Double.NaN,
                List.copyOf(byQuery));
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
