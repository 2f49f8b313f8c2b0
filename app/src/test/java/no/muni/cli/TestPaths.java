package no.muni.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** Where the repository's sample corpus and the shared test documents are. */
final class TestPaths {

    private TestPaths() {
    }

    static Path corpus() {
        return Paths.get(System.getProperty("muni.root", "..")).resolve("corpus");
    }

    /** ../shared/DIR, or the test is skipped with a message when this machine has no ../shared. */
    static Path shared(String dir) {
        Path p = Paths.get(System.getProperty("muni.shared", "../../shared")).resolve(dir);
        Assumptions.assumeTrue(Files.isDirectory(p), "skipped: " + p + " is absent (../shared is only on CI and dev machines)");
        return p;
    }

    /** {@code copies} copies of the sample corpus, one per folder copy00, copy01…: a corpus that takes a while. */
    static Path manyCopiesOfCorpus(Path target, int copies) throws IOException {
        for (int i = 0; i < copies; i++) {
            copyTree(corpus(), target.resolve(String.format("copy%02d", i)));
        }
        return target;
    }

    /**
     * {@code count} short text files under {@code dir}, each the opening of one of the corpus's
     * transcriptions plus its own number: many files that parse and tag fast.
     */
    static Path shortTexts(Path dir, int count) throws IOException {
        List<Path> transcriptions;
        try (Stream<Path> files = Files.list(corpus())) {
            transcriptions = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String text = Files.readString(transcriptions.get(i % transcriptions.size()));
            Files.writeString(dir.resolve(String.format("short%03d.txt", i)),
                    text.substring(0, Math.min(text.length(), 800)) + "\nDokument nummer " + i + ".\n");
        }
        return dir;
    }

    /**
     * A new folder for an index that the tests of one JVM share: under {@code target/}, which the build
     * cleans, as nothing deletes it at the end of the JVM and in {@code /tmp} such folders pile up.
     */
    static Path sharedFixtureFolder(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
