package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code muni ingest a/ b/}: ids per root, and a root that is away keeps its documents. */
class SeveralRootsTest {

    @TempDir
    Path tmp;

    Path a;
    Path b;
    Path index;

    @BeforeEach
    void twoRoots() throws IOException {
        a = Files.createDirectories(tmp.resolve("share1/a"));
        b = Files.createDirectories(tmp.resolve("share2/b/"));
        Files.copy(TestPaths.corpus().resolve("000_33237c531c9e0230.txt"), a.resolve("reply.txt"));
        Files.createDirectories(a.resolve("sub"));
        Files.copy(TestPaths.corpus().resolve("003_7a995c8d276b6961.txt"), a.resolve("sub/policy.txt"));
        Files.copy(TestPaths.corpus().resolve("001_bc4781144e6a4c71.txt"), b.resolve("minutes.txt"));
        index = tmp.resolve("index");
        CliRun first = ingest(a, b);
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
    }

    @Test
    void idsAreRootNamePlusRelativePathWhereverTheRootIsMounted() throws IOException {
        assertEquals(Set.of("a/reply.txt", "a/sub/policy.txt", "b/minutes.txt"), ids());

        Path moved = Files.move(a, Files.createDirectories(tmp.resolve("elsewhere")).resolve("a"));
        CliRun again = ingest(b, moved);
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("3 files: 0 new, 0 changed, 3 unchanged, 0 deleted"), again.out());
        assertEquals(Set.of("a/reply.txt", "a/sub/policy.txt", "b/minutes.txt"), ids());
    }

    @Test
    void aMissingRootKeepsItsDocumentsAndTheRunEndsWithThree() throws IOException {
        Path away = Files.move(a, tmp.resolve("share1/a-unmounted"));
        Files.delete(b.resolve("minutes.txt"));
        Files.copy(TestPaths.corpus().resolve("002_5b58ae4300234c45.txt"), b.resolve("minutes2.txt"));

        CliRun run = ingest(a, b);
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("FAILED " + a.toAbsolutePath().normalize() + ": folder not found"), run.err());
        assertTrue(run.err().contains("its 2 indexed files are kept"), run.err());
        assertEquals(Set.of("a/reply.txt", "a/sub/policy.txt", "b/minutes2.txt"), ids(),
                "a is kept, b is brought up to date");

        Files.move(away, a);
        CliRun back = ingest(a, b);
        assertEquals(ExitCodes.OK, back.exitCode(), back.err());
        assertTrue(back.out().contains("3 files: 0 new, 0 changed, 3 unchanged"), back.out());
    }

    @Test
    void anEmptyRootIsTakenForAnUnmountedShare() throws IOException {
        Files.delete(a.resolve("reply.txt"));
        Files.delete(a.resolve("sub/policy.txt"));
        Files.delete(a.resolve("sub"));

        CliRun run = ingest(a, b);
        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run.err());
        assertTrue(run.err().contains("folder is empty (an unmounted share?); its 2 indexed files are kept"), run.err());
        assertEquals(Set.of("a/reply.txt", "a/sub/policy.txt", "b/minutes.txt"), ids());
    }

    @Test
    void aMissingRootWithNothingIndexedIsAUsageError() throws IOException {
        CliRun run = ingest(a, b, tmp.resolve("c"));
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("folder not found: " + tmp.resolve("c").toAbsolutePath()), run.err());
    }

    @Test
    void twoRootsOfTheSameNameAreAUsageError() throws IOException {
        Path otherA = Files.createDirectories(tmp.resolve("share2/a"));
        CliRun run = ingest(a, otherA);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("have the same name \"a\""), run.err());
        assertEquals(Set.of("a/reply.txt", "a/sub/policy.txt", "b/minutes.txt"), ids(), "nothing changed");
    }

    @Test
    void reprocessRedoesUnchangedFiles() {
        CliRun run = CliRun.of("ingest", a.toString(), b.toString(), "--index", index.toString(), "--quiet",
                "--reprocess");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("3 files: 0 new, 3 changed, 0 unchanged"), run.out());
    }

    private CliRun ingest(Path... roots) {
        String[] args = new String[roots.length + 4];
        args[0] = "ingest";
        for (int i = 0; i < roots.length; i++) {
            args[i + 1] = roots[i].toString();
        }
        args[roots.length + 1] = "--index";
        args[roots.length + 2] = index.toString();
        args[roots.length + 3] = "--quiet";
        return CliRun.of(args);
    }

    private Set<String> ids() throws IOException {
        Set<String> ids = new TreeSet<>();
        Exports.documents(index).forEach(d -> ids.add(d.path("id").asText()));
        return ids;
    }
}
