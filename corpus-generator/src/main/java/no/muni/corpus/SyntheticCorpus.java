package no.muni.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A corpus of any size made from the seed transcriptions ({@code corpus/*.txt}): document {@code i} is a
 * variation ({@link SeedVariation}) of a seed picked at random, written either as a transcription (.txt) or
 * in the form that seed was published in (PDF, DOCX, HTML) by the same writers that make corpus/ — so the
 * mix of formats is the sample corpus's. Each document depends only on the seed number {@code seed} and
 * {@code i}, never on thread scheduling: the same arguments give the same bytes. Files go into folders of
 * 1,000 ({@code 000/}, {@code 001/} …).
 */
public final class SyntheticCorpus {

    private static final int PER_FOLDER = 1_000;

    /** How many files of one format were written, their bytes, and the worker time spent writing them. */
    public record FormatCount(long files, long bytes, long nanos) {
    }

    /** What a generation wrote: files, bytes and time by extension, and the elapsed time. */
    public record Summary(int documents, Map<String, FormatCount> formats, long wallNanos) {

        public long bytes() {
            return formats.values().stream().mapToLong(FormatCount::bytes).sum();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d documents, %.1f MB in %.1f s",
                    documents, bytes() / 1e6, wallNanos / 1e9));
            formats.forEach((ext, c) -> sb.append(String.format(Locale.ROOT, "%n  %-5s %7d files %8.1f MB %8.1f ms/file",
                    ext, c.files(), c.bytes() / 1e6, c.files() == 0 ? 0.0 : c.nanos() / 1e6 / c.files())));
            return sb.toString();
        }
    }

    private final List<Seed> seeds;
    private final SeedVariation variation;

    private SyntheticCorpus(List<Seed> seeds) {
        this.seeds = seeds;
        this.variation = new SeedVariation(seeds);
    }

    /** Reads the seed transcriptions ({@code *.txt} named like corpus/'s, "000_…") from {@code seedsDir}. */
    public static SyntheticCorpus fromSeeds(Path seedsDir) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                Seed seed = Seed.read(file);
                CorpusGenerator.extension(CorpusGenerator.number(seed)); // fails now, not mid-run, for an unknown seed
                seeds.add(seed);
            }
        }
        if (seeds.isEmpty()) {
            throw new IOException("no .txt seeds in " + seedsDir);
        }
        return new SyntheticCorpus(List.copyOf(seeds));
    }

    /** Writes documents {@code 0..documents-1} into {@code out} on {@code threads} threads. */
    public Summary generate(Path out, int documents, long seed, int threads) throws IOException {
        long t0 = System.nanoTime();
        for (int folder = 0; folder * PER_FOLDER < documents; folder++) {
            Files.createDirectories(out.resolve(folderName(folder)));
        }
        Map<String, LongAdder[]> counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    long w0 = System.nanoTime();
                    Path file = write(out, index, seed);
                    LongAdder[] c = counts.computeIfAbsent(extension(file),
                            k -> new LongAdder[] {new LongAdder(), new LongAdder(), new LongAdder()});
                    c[0].increment();
                    c[1].add(sizeOf(file));
                    c[2].add(System.nanoTime() - w0);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("cannot write the synthetic corpus: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        Map<String, FormatCount> formats = new TreeMap<>();
        counts.forEach((ext, c) -> formats.put(ext, new FormatCount(c[0].sum(), c[1].sum(), c[2].sum())));
        return new Summary(documents, formats, System.nanoTime() - t0);
    }

    /** Document {@code index}: its own random stream, so its bytes do not depend on the others. */
    private Path write(Path out, int index, long seed) throws IOException {
        Random random = new Random(mix(seed, index));
        Seed template = seeds.get(random.nextInt(seeds.size()));
        boolean transcription = random.nextBoolean();
        String number = CorpusGenerator.number(template);
        String stem = String.format(Locale.ROOT, "%06d_%016x", index, random.nextLong());
        Seed document = variation.vary(template, stem, random);
        Path file = out.resolve(folderName(index / PER_FOLDER))
                .resolve(stem + "." + (transcription ? "txt" : CorpusGenerator.extension(number)));
        if (transcription) {
            Files.writeString(file, document.text(), StandardCharsets.UTF_8);
        } else {
            CorpusGenerator.writePublished(document, number, file);
        }
        return file;
    }

    /** SplitMix64's finaliser: neighbouring documents get unrelated random streams. */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String folderName(int folder) {
        return String.format(Locale.ROOT, "%03d", folder);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
