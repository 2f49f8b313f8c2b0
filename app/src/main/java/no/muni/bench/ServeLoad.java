package no.muni.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.muni.index.DocumentIndex;

/**
 * The server under load, behind {@code muni bench-serve}: {@code muni serve} in a fresh JVM (its own heap
 * limit and memory high-water marks) on the loopback interface, and N clients in this JVM sending a fixed
 * mix of every kind of route (shuffled once, after one untimed warm-up round) for a fixed time, each client one
 * request at a time and at most {@link #MAX_REQUESTS_PER_CLIENT} requests. Prints latency percentiles per route, errors and the
 * server's peak memory as one Markdown table. A benchmark: it asserts nothing.
 */
public final class ServeLoad {

    /** Bounds a client's loop even if every answer came back at once. */
    static final int MAX_REQUESTS_PER_CLIENT = 1_000_000;

    public record Options(Path index, int clients, int seconds, String heap) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 70 fuzzy words with two edits each: the query that once held a search for seconds. */
    private static final String SEVENTY_FUZZY = IntStream.range(0, 70).mapToObj(i -> "kommun" + i + "~2")
            .collect(Collectors.joining(" "));

    private final Options options;
    private final PrintWriter progress;

    public ServeLoad(Options options, PrintWriter progress) {
        this.options = options;
        this.progress = progress;
    }

    /** Runs the load; returns the machine line and the table, ready to print. */
    public String run() throws IOException, InterruptedException {
        if (!DocumentIndex.at(options.index()).exists()) {
            throw new IOException("no index at " + options.index() + "; ingest a corpus first (e.g. muni bench does)");
        }
        Machine machine = Machine.current();
        List<String> command = new ChildJvm(options.heap(), null).command("serve", "serve", options.index().toString());
        Path errors = Files.createTempFile("muni-bench-serve", ".log");
        Process server = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null || !first.startsWith(BenchChild.SERVING)) {
                throw new IOException("the server did not start: " + String.join("\n", Files.readAllLines(errors)));
            }
            String base = "http://127.0.0.1:" + first.substring(BenchChild.SERVING.length()).strip();
            Map<String, List<String>> mix = mix(base);
            progress.printf(Locale.ROOT, "bench-serve: %d clients × %d s against %s (%d routes in the mix) …%n",
                    options.clients(), options.seconds(), base, mix.size());
            progress.flush();
            Map<String, Samples> samples = load(base, mix);
            server.getOutputStream().close(); // the child stops serving and reports its memory
            String result = out.lines().filter(l -> l.startsWith(BenchChild.RESULT)).findFirst()
                    .orElseThrow(() -> new IOException("the server reported no result"));
            return report(machine, samples, ChildJvm.result(result));
        } finally {
            server.destroy();
            Files.deleteIfExists(errors);
        }
    }

    /** Route name → the requests sent for it in turn, built from what the index holds. */
    private Map<String, List<String>> mix(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode hits = get(http, base + "/api/search?size=5&q=" + enc("kommune")).path("hits");
        String id = hits.path(0).path("id").asText("none");
        String org = get(http, base + "/api/organisations?limit=1").path(0).path("name").asText("kommune");
        String person = get(http, base + "/api/persons?limit=1").path(0).path("name").asText("Ola");
        String caseNumber = get(http, base + "/api/cases?limit=1").path("cases").path(0).path("caseNumber").asText("");
        Map<String, List<String>> mix = new LinkedHashMap<>();
        mix.put("search, 1-3 words", Benchmark.SEARCH_MIX.stream().map(q -> "/api/search?q=" + enc(q)).toList());
        mix.put("search, 70 fuzzy words", List.of("/api/search?q=" + enc(SEVENTY_FUZZY)));
        mix.put("search, wildcard k*", List.of("/api/search?q=" + enc("k*")));
        mix.put("search, all, filtered", List.of("/api/search?q=&type=minutes", "/api/search?q=&year=2019&sort=newest"));
        mix.put("document", List.of("/api/documents/" + id));
        mix.put("similar", List.of("/api/similar?id=" + enc(id)));
        mix.put("organisation profile", List.of("/api/organisations/" + enc(org).replace("+", "%20"),
                "/api/organisations/kommune"));
        mix.put("person profile", List.of("/api/persons/" + enc(person).replace("+", "%20")));
        mix.put("measures", List.of("/api/measures", "/api/measures?q=" + enc("tilskudd")));
        mix.put("cases", caseNumber.isEmpty() ? List.of("/api/cases")
                : List.of("/api/cases", "/api/cases/" + caseNumber));
        mix.put("lists and stats", List.of("/api/organisations?limit=100", "/api/persons?limit=100", "/api/stats"));
        mix.put("errors (400/404/405 expected)", List.of("/api/search?q=%25%25%28", "/api/similar?id=unknown",
                "/api/documents/unknown"));
        return mix;
    }

    private Map<String, Samples> load(String base, Map<String, List<String>> mix) throws InterruptedException {
        Map<String, Samples> samples = new LinkedHashMap<>(); // filled before the clients start, only read after
        mix.keySet().forEach(k -> samples.put(k, new Samples()));
        List<String[]> requests = new ArrayList<>();
        mix.forEach((route, paths) -> paths.forEach(p -> requests.add(new String[] {route, p})));
        Collections.shuffle(requests, new Random(1)); // every client meets every kind of route from the start
        HttpClient warmUp = HttpClient.newHttpClient();
        requests.forEach(r -> send(warmUp, base + r[1])); // one untimed round: class loading, first JIT, page cache
        long end = System.nanoTime() + Duration.ofSeconds(options.seconds()).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(options.clients());
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            int offset = c;
            done.add(clients.submit(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = 0; i < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < end; i++) {
                    String[] r = requests.get((offset + i) % requests.size());
                    samples.get(r[0]).add(send(http, base + r[1]));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load client failed", e.getCause());
            }
        }
        clients.shutdown();
        return samples;
    }

    /** Nanoseconds of one request, negative when it failed at the transport or the server answered 5xx. */
    private static long send(HttpClient http, String url) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - t0;
            return r.statusCode() >= 500 ? -nanos : nanos;
        } catch (IOException e) {
            return -(System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -(System.nanoTime() - t0);
        }
    }

    private String report(Machine machine, Map<String, Samples> samples, ChildJvm.Result server) {
        StringBuilder out = new StringBuilder();
        out.append(machine.describe()).append(String.format(Locale.ROOT,
                "%nmuni serve (-Xmx%s) on loopback, %d clients × %d s, index %s%n%n", options.heap(), options.clients(),
                options.seconds(), options.index()));
        out.append("| route | requests | p50 | p99 | max | failed (5xx or no answer) |\n|---|---|---|---|---|---|\n");
        Samples all = new Samples();
        samples.forEach((route, s) -> {
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d |%n", route, s.count(), ms(s.percentile(50)),
                    ms(s.percentile(99)), ms(s.percentile(100)), s.failed.get()));
            all.addAll(s);
        });
        out.append(String.format(Locale.ROOT, "| **all** | %d (%.0f/s) | %s | %s | %s | %d |%n", all.count(),
                all.count() / (double) options.seconds(), ms(all.percentile(50)), ms(all.percentile(99)),
                ms(all.percentile(100)), all.failed.get()));
        out.append(String.format(Locale.ROOT, "%nserver memory: peak RSS %s (anonymous %s, file-backed %s), peak heap %s, "
                        + "old generation after last GC %s%n", mb(server.get("rssPeakBytes")),
                mb(server.get("rssAnonPeakBytes")), mb(server.get("rssFilePeakBytes")), mb(server.get("heapPeakBytes")),
                mb(server.get("oldAfterGcBytes"))));
        return out.toString();
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%d MB", bytes / 1_000_000);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Latencies of one route; failed requests are counted and their time kept too. */
    private static final class Samples {
        private final List<Long> nanos = new ArrayList<>();
        private final AtomicLong failed = new AtomicLong();

        synchronized void add(long signedNanos) {
            if (signedNanos < 0) {
                failed.incrementAndGet();
            }
            nanos.add(Math.abs(signedNanos));
        }

        synchronized void addAll(Samples other) {
            synchronized (other) {
                nanos.addAll(other.nanos);
                failed.addAndGet(other.failed.get());
            }
        }

        synchronized int count() {
            return nanos.size();
        }

        synchronized double percentile(int p) {
            if (nanos.isEmpty()) {
                return 0;
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }
}
