package no.muni.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import no.muni.index.IndexView;

/**
 * In-process search latency over a fixed query mix: single words, names, phrases, a field query,
 * boolean, prefix and fuzzy queries — each through {@link IndexView#search} with highlighting, as the
 * CLI runs it. A warm-up pass first, so the figures are for a JIT-compiled, OS-cached index.
 */
final class SearchLatency {

    static final List<String> QUERIES = List.of(
            "frivillig", "Røde Kors", "\"aktuelle tiltak\"", "samarbeidsavtale", "title:plattform",
            "barnehage AND skole", "frivillig*", "kommunedirektør svar", "eldre OR ungdom", "Pensjonistforbundet",
            "nærutvalg", "tilskudd~1", "\"frivillig sektor\" AND kommunen", "idrett", "folkehelse");
    private static final int LIMIT = 10;

    /** Latencies of one search, in nanoseconds, sorted. */
    record Samples(List<Long> nanos) {

        double percentileMillis(double p) {
            int i = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
            return nanos.get(Math.max(0, Math.min(nanos.size() - 1, i))) / 1e6;
        }
    }

    static Samples measure(IndexView view, int rounds) {
        for (int w = 0; w < 5; w++) {
            QUERIES.forEach(q -> view.search(q, LIMIT));
        }
        List<Long> nanos = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long t0 = System.nanoTime();
                view.search(q, LIMIT);
                nanos.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(nanos);
        return new Samples(List.copyOf(nanos));
    }
}
