package no.muni.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;
import no.muni.model.Entities;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.structure.DocumentStructurer;

/** Documents made by another pipeline version are processed again; unchanged ones of this version are not. */
class IngestRunVersionTest {

    @TempDir
    Path tmp;

    @Test
    void aNewPipelineVersionReprocessesDocumentsOfTheOldOne() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Referat fra møte i eldrerådet.\n\nSaken ble drøftet.\n");
        Files.writeString(docs.resolve("b.txt"), "Svar på spørsmål om skolemat.\n\nKommunen svarer.\n");
        DocumentIndex index = DocumentIndex.at(tmp.resolve("index"));

        RunReport first = run("2024.1", false, docs, index);
        assertEquals(2, first.counts().newFiles());
        assertEquals(2, run("2024.1", false, docs, index).counts().unchanged());

        RunReport upgraded = run("2024.2", false, docs, index);
        assertEquals(2, upgraded.counts().changed(), "documents of 2024.1 are redone by 2024.2");
        assertEquals("2024.2", upgraded.pipelineVersion());
        try (IndexView view = index.openView()) {
            assertTrue(view.json("docs/a.txt").orElseThrow().contains("\"pipelineVersion\":\"2024.2\""));
        }
        assertEquals(2, run("2024.2", false, docs, index).counts().unchanged());
        assertEquals(2, run("2024.2", true, docs, index).counts().changed(), "reprocess forces all");
    }

    private static RunReport run(String version, boolean reprocess, Path root, DocumentIndex index) {
        DocumentStructurer structurer = DocumentStructurer.standard();
        DocumentProcessor.Factory processors = times -> new DocumentProcessor(
                new TikaDocumentParser(ParseLimits.defaults()), structurer, (structure, measures) -> Entities.NONE, times,
                Duration.ofSeconds(60), version);
        return new IngestRun(processors, new IngestOptions(1, 1_000, reprocess))
                .run(List.of(root), index, IngestListener.NONE);
    }
}
