package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesTheSameFilesInTheSampleCorpusMixOfFormats() throws IOException {
        Map<String, String> first = synth("a", "7");
        assertEquals(20, first.size());
        assertEquals(first, synth("b", "7"), "same seed, same names and bytes");
        assertNotEquals(first, synth("c", "8"), "another seed, another corpus");

        Set<String> formats = new TreeSet<>();
        first.keySet().forEach(name -> formats.add(name.substring(name.lastIndexOf('.') + 1)));
        assertEquals(Set.of("docx", "html", "pdf", "txt"), formats);
    }

    @Test
    void refusesAFolderThatAlreadyHoldsFiles() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("synth", "--out", tmp.toString(), "--docs", "2", "--from", TestPaths.corpus().toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    }

    /** Generates 20 documents into tmp/dir; returns relative path → SHA-256. */
    private Map<String, String> synth(String dir, String seed) throws IOException {
        Path out = tmp.resolve(dir);
        CliRun run = CliRun.of("synth", "--out", out.toString(), "--docs", "20", "--seed", seed,
                "--from", TestPaths.corpus().toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("20 documents"), run.out());
        return hashes(out);
    }

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
