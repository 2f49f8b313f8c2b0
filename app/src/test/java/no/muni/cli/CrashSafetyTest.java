package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.ingest.Fingerprint;

/**
 * kill -9 of a real {@code muni ingest} at several points, then a rerun: the index must hold every
 * file exactly once, each with all its embedded documents, and nothing of deleted files.
 */
class CrashSafetyTest {

    private static final int ARCHIVE_MEMBERS = 3;

    @TempDir
    Path tmp;

    /** Members per archive, by the archive's SHA-256 (embedded documents carry their file's hash). */
    private final Map<String, Integer> archiveMembers = new HashMap<>();

    @Test
    void killedRunsLeaveAConsistentIndexAndTheNextRunCompletesIt() throws Exception {
        // short texts, so the runs take seconds; what matters is the number of files and commits
        Path src = TestPaths.shortTexts(tmp.resolve("src/texts"), 60).getParent();
        Path members = TestPaths.shortTexts(tmp.resolve("members"), ARCHIVE_MEMBERS);
        for (int i = 0; i < 4; i++) {
            archive(src.resolve("archives/a" + i + ".zip"), members, ARCHIVE_MEMBERS);
        }
        Path index = tmp.resolve("index");

        // 1: killed after two commits of a first run
        killAfterCommits(src, index, 2);
        List<JsonNode> partial = assertConsistent(index);
        assertTrue(partial.size() < 60 + 4 * (1 + ARCHIVE_MEMBERS), "killed before the end");

        // the sources change while the index is half built
        for (int i = 0; i < 10; i++) {
            Files.delete(src.resolve(String.format("texts/short%03d.txt", i)));
        }
        Path edited = src.resolve("texts/short010.txt");
        Files.writeString(edited, Files.readString(edited) + "\nEndret etter krasj.\n");
        archive(src.resolve("archives/a0.zip"), members, 2);

        // 2: killed after two commits of the next run, 3: killed before its first commit
        killAfterCommits(src, index, 2);
        assertConsistent(index);
        try (MuniProcess run = ingest(src, index, "kill3.log")) {
            run.awaitOutput("files to check");
            run.kill();
        }
        assertConsistent(index);

        // 4: runs to the end (in this JVM: the crash is over, and a warm JVM is quicker)
        CliRun last = CliRun.of("ingest", src.toString(), "--index", index.toString(), "--quiet");
        assertEquals(ExitCodes.OK, last.exitCode(), last.out() + last.err());
        List<JsonNode> docs = assertConsistent(index);
        Map<String, String> indexedFiles = docs.stream().filter(d -> d.path("parentId").isNull())
                .collect(Collectors.toMap(d -> d.path("source").asText(), d -> d.path("sha256").asText()));
        assertEquals(filesWithHashes(src), new TreeMap<>(indexedFiles),
                "every file on disk indexed once with its current bytes; deleted files gone");
        assertTrue(docs.stream().anyMatch(d -> d.path("text").asText().contains("Endret etter krasj")));
    }

    private void killAfterCommits(Path src, Path index, int commits) throws Exception {
        long before = commitGeneration(index);
        try (MuniProcess run = ingest(src, index, "kill-" + before + ".log")) {
            run.awaitWhileRunning(commits + " commits", () -> commitGeneration(index) >= before + commits);
            run.kill();
        }
    }

    private MuniProcess ingest(Path src, Path index, String log) throws IOException {
        return MuniProcess.start(tmp.resolve(log), "ingest", src.toString(), "--index", index.toString(),
                "--threads", "2", "--commit-every", "3");
    }

    /** Each id once; every file's embedded documents all there; every embedded document with its file. */
    private List<JsonNode> assertConsistent(Path index) throws IOException {
        List<JsonNode> docs = Exports.documents(index);
        Set<String> ids = new TreeSet<>();
        Map<String, Integer> children = new HashMap<>();
        for (JsonNode d : docs) {
            assertTrue(ids.add(d.path("id").asText()), "duplicate " + d.path("id"));
            if (!d.path("parentId").isNull()) {
                children.merge(d.path("parentId").asText(), 1, Integer::sum);
            }
        }
        for (JsonNode d : docs) {
            String id = d.path("id").asText();
            if (d.path("parentId").isNull()) {
                int expected = archiveMembers.getOrDefault(d.path("sha256").asText(), 0);
                assertEquals(expected, children.getOrDefault(id, 0), "embedded documents of " + id);
            } else {
                assertTrue(ids.contains(d.path("parentId").asText()), "the file of " + id);
            }
        }
        return docs;
    }

    /** A zip of the first {@code count} files of {@code members}; the name tells archives apart. */
    private void archive(Path zip, Path members, int count) throws IOException {
        Files.createDirectories(zip.getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < count; i++) {
                String name = String.format("short%03d.txt", i);
                z.putNextEntry(new ZipEntry(zip.getFileName() + "-" + name));
                Files.copy(members.resolve(name), z);
                z.closeEntry();
            }
        }
        archiveMembers.put(Fingerprint.sha256(zip), count);
    }

    /** Lucene names each commit segments_N with a growing N (base 36); 0 before the first. */
    private static long commitGeneration(Path index) {
        Path lucene = index.resolve(DocumentIndex.at(index).luceneDir());
        if (!Files.isDirectory(lucene)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(lucene)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(0);
        } catch (IOException e) {
            return 0; // listed while Lucene replaced a file; the next poll sees it
        }
    }

    private static Map<String, String> filesWithHashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Fingerprint.sha256(f));
            }
        }
        return out;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(p);
            }
        }
    }
}
