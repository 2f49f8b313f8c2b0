package no.muni.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.IndexDocument;
import no.muni.parse.ParseFailure;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.parse.worker.IsolatedParser;
import no.muni.structure.DocumentStructurer;
import no.muni.tag.OpenNlpEntityTagger;

class DocumentProcessorTest {

    @TempDir
    Path tmp;

    private DocumentProcessor processor(Duration limit) {
        return new DocumentProcessor(new TikaDocumentParser(ParseLimits.defaults()), DocumentStructurer.standard(),
                OpenNlpEntityTagger.bundled(), new StageTimes(), limit, PipelineVersion.CURRENT);
    }

    @Test
    void aFileIsParsedStructuredTaggedAndAssembled() throws Exception {
        Path file = Files.writeString(tmp.resolve("svar.html"), "<html><head><meta charset=\"utf-8\"></head><body>"
                + "<h1>Dialogmøte om frivillighet i Tromsø</h1><p>Dato: 12.03.2024</p>"
                + "<p>Til sammen 14 personer deltok fra Tromsø Røde Kors og Kirkens Bymisjon.</p></body></html>");
        try (DocumentProcessor p = processor(Duration.ofSeconds(60))) {
            DocumentProcessor.Processed out = p.process(file,
                    new DocumentProcessor.Origin("r/svar.html", "r", "svar.html", "abc"));
            IndexDocument doc = out.documents().getFirst();
            assertEquals("r/svar.html", doc.id());
            assertEquals("Dialogmøte om frivillighet i Tromsø", doc.title());
            assertEquals("2024-03-12", String.valueOf(doc.date()));
            assertTrue(doc.organisations().contains("Kirkens Bymisjon"), doc.organisations().toString());
            assertEquals(PipelineVersion.CURRENT, doc.export().pipelineVersion());
        }
    }

    @Test
    void aDocumentThatOverrunsTheTimeLimitIsAbandoned() throws IOException {
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) {
            html.append("<table><tr><td><p>celle ").append(i).append("</p></td></tr></table>");
        }
        Path slow = Files.writeString(tmp.resolve("treg.html"), html.append("</body></html>"));
        try (DocumentProcessor p = processor(Duration.ofMillis(50))) {
            ParseFailure failure = assertThrows(ParseFailure.class,
                    () -> p.process(slow, new DocumentProcessor.Origin("r/treg.html", "r", "treg.html", "x")));
            assertTrue(failure.reason().contains("took longer than the limit"), failure.reason());
            assertEquals(1, p.abandoned());
        }
    }

    /**
     * Issue #14, defect 3: a document given up on at its time limit kept running in the background with
     * its text in memory. Here the parse (in a worker JVM, as by default) has all the time it needs; tagging
     * the 10 MB takes tens of CPU seconds, and given up on after 2 s its thread stops at the next window.
     */
    @Test
    void aDocumentGivenUpOnStopsWorking() throws Exception {
        Path big = tmp.resolve("lang.txt");
        String paragraph = "Bystyret i Drammen kommune behandlet saken om samarbeid med Røde Kors og Kirkens Bymisjon. "
                + "Rådmannen la fram forslag til vedtak, og Arbeiderpartiet fremmet et alternativt forslag.\n";
        try (java.io.Writer out = Files.newBufferedWriter(big)) {
            for (int written = 0; written < 10_000_000; written += paragraph.length()) {
                out.write(paragraph);
            }
        }
        IsolatedParser parser = new IsolatedParser(ParseLimits.defaults().withTimeout(Duration.ofMinutes(10)),
                OcrOptions.defaults(), IsolatedParser.Settings.defaults());
        try (DocumentProcessor p = new DocumentProcessor(parser, DocumentStructurer.standard(),
                OpenNlpEntityTagger.bundled(), new StageTimes(), Duration.ofSeconds(2), PipelineVersion.CURRENT)) {
            ParseFailure failure = assertThrows(ParseFailure.class,
                    () -> p.process(big, new DocumentProcessor.Origin("r/lang.txt", "r", "lang.txt", "x")));
            assertEquals("processing took longer than the limit of 2 s", failure.reason());
            long stopWaiting = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (p.running() > 0 && System.nanoTime() < stopWaiting) {
                Thread.sleep(50);
            }
            assertEquals(0, p.running(), "the document's thread stopped instead of tagging on in the background");
        }
    }
}
