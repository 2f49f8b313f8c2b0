package no.muni.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds corpus/ from the seed transcriptions: each seed is copied as-is (.txt) and also written in
 * the format the municipality published it in, under the same file stem, so the pipeline meets real
 * PDF, DOCX and HTML. Which seed becomes which format is decided by its number; the five seeds are
 * known documents and each writer knows its document's layout.
 *
 * <p>Usage: {@code CorpusGenerator <seedsDir> <outDir>}
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CorpusGenerator <seedsDir> <outDir>");
            System.exit(2);
        }
        for (Path written : generate(Path.of(args[0]), Path.of(args[1]))) {
            System.out.printf("%8d  %s%n", Files.size(written), written);
        }
    }

    /** Writes every seed's transcription and published form into {@code outDir}; returns the files written. */
    public static List<Path> generate(Path seedsDir, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> seeds;
        try (Stream<Path> files = Files.list(seedsDir)) {
            seeds = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (seeds.isEmpty()) {
            throw new IOException("no .txt seeds in " + seedsDir);
        }
        List<Path> written = new ArrayList<>();
        for (Path file : seeds) {
            Seed seed = Seed.read(file);
            Path copy = outDir.resolve(file.getFileName());
            Files.write(copy, Files.readAllBytes(file)); // content only: the seeds' read-only mode stays behind
            written.add(copy);
            written.add(writePublished(seed, outDir));
        }
        return written;
    }

    private static Path writePublished(Seed seed, Path outDir) throws IOException {
        String number = seed.stem().substring(0, 3);
        Path out = outDir.resolve(seed.stem() + "." + extension(number));
        switch (number) {
            case "000" -> LetterPdfWriter.write(seed, out);
            case "001" -> MinutesDocxWriter.write(seed, out);
            case "002" -> GroupSummaryDocxWriter.write(seed, out);
            case "003" -> PlatformPdfWriter.write(seed, out);
            case "004" -> TranscriptHtmlWriter.write(seed, out);
            default -> throw new IllegalArgumentException("no writer for seed " + seed.stem());
        }
        return out;
    }

    static String extension(String number) {
        return switch (number) {
            case "000", "003" -> "pdf";
            case "001", "002" -> "docx";
            case "004" -> "html";
            default -> throw new IllegalArgumentException("no format for seed " + number);
        };
    }
}
