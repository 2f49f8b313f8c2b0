package no.muni.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.model.Entities;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.PipelineVersion;
import no.muni.structure.DocumentStructurer;

/**
 * Every file seen is indexed, failed or skipped with a reason, and distinct files never share an id
 * (issue #14, items 4 and 7).
 */
class NothingLostTest {

    @TempDir
    Path tmp;

    @Test
    void latin1NamesThatJavaRendersAlikeKeepDistinctIds() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("arkiv"));
        // "navn_æ.txt", "navn_ø.txt", "navn_å.txt" as an old Windows share stores them: one Latin-1 byte each
        shell(docs, "printf 'Referat fra møte i eldrerådet.\\n' > \"$(printf 'navn_\\346.txt')\"; "
                + "printf 'Svar på spørsmål om skolemat.\\n' > \"$(printf 'navn_\\370.txt')\"; "
                + "printf 'Høring om ny barnehage.\\n' > \"$(printf 'navn_\\345.txt')\"");
        try (var listed = Files.list(docs)) {
            assumeTrue(listed.count() == 3, "this file system does not keep three Latin-1 names apart");
        }
        DocumentIndex index = DocumentIndex.at(tmp.resolve("index"));

        RunReport first = run(docs, index);
        assertEquals(3, first.counts().newFiles());
        assertEquals(3, first.counts().documents());
        Set<String> ids = new TreeSet<>();
        try (IndexView view = index.openView()) {
            assertEquals(3, view.documentCount(), "three files, three documents");
            for (String id : List.of("arkiv/navn_%E6.txt", "arkiv/navn_%F8.txt", "arkiv/navn_%E5.txt")) {
                assertTrue(view.json(id).isPresent(), id);
                ids.add(id);
            }
            assertTrue(view.json("arkiv/navn_%F8.txt").orElseThrow().contains("skolemat"));
        }
        assertEquals(3, ids.size());

        RunReport again = run(docs, index);
        assertEquals(3, again.counts().unchanged(), "a re-run finds every file as it left it");
        assertEquals(0, again.counts().changed());
    }

    @Test
    void aLiteralPercentAndValidUtf8StayReadableAndDistinct() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("arkiv"));
        Files.writeString(docs.resolve("møte_%E6.txt"), "Referat fra møte i formannskapet.\n");
        shell(docs, "printf 'Referat fra møte i bystyret.\\n' > \"$(printf 'm\\303\\270te_\\346.txt')\"");
        DocumentIndex index = DocumentIndex.at(tmp.resolve("index"));
        assertEquals(2, run(docs, index).counts().newFiles());
        try (IndexView view = index.openView()) {
            assertTrue(view.json("arkiv/møte_%25E6.txt").orElseThrow().contains("formannskapet"));
            assertTrue(view.json("arkiv/møte_%E6.txt").orElseThrow().contains("bystyret"));
        }
    }

    @Test
    void linksThatAreNotReadAreSeenAndReportedWithAReason() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("arkiv"));
        Path outside = Files.writeString(tmp.resolve("passord.txt"), "Hemmelig innhold utenfor arkivet.\n");
        Files.writeString(docs.resolve("referat.txt"), "Referat fra møte i eldrerådet.\n");
        Files.createDirectories(docs.resolve("saker"));
        try {
            Files.createSymbolicLink(docs.resolve("borte.txt"), docs.resolve("finnes-ikke.txt"));
            Files.createSymbolicLink(docs.resolve("utenfor.txt"), outside);
            Files.createSymbolicLink(docs.resolve("lenke.txt"), docs.resolve("referat.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        RunReport report = run(docs, DocumentIndex.at(tmp.resolve("index")));

        RunReport.Counts c = report.counts();
        assertEquals(4, c.seen(), "two readable files, a broken link and a link out of the folder");
        assertEquals(2, c.newFiles());
        assertEquals(1, c.failed());
        assertEquals(1, c.skipped());
        assertEquals(c.seen(), c.newFiles() + c.changed() + c.unchanged() + c.failed() + c.skipped());
        FileFailure broken = report.failures().getFirst();
        assertTrue(broken.path().endsWith("borte.txt") && broken.reason().startsWith("broken link"), broken.toString());
        FileFailure out = report.skipped().getFirst();
        assertTrue(out.path().endsWith("utenfor.txt") && out.reason().contains("outside the folder"), out.toString());
    }

    private static void shell(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", script).directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor(), "sh: " + script);
    }

    private static RunReport run(Path root, DocumentIndex index) {
        DocumentStructurer structurer = DocumentStructurer.standard();
        DocumentProcessor.Factory processors = times -> new DocumentProcessor(
                new TikaDocumentParser(ParseLimits.defaults()), structurer, (structure, measures) -> Entities.NONE, times,
                Duration.ofSeconds(60), PipelineVersion.CURRENT);
        return new IngestRun(processors, new IngestOptions(1, 1_000, false)).run(List.of(root), index,
                IngestListener.NONE);
    }
}
