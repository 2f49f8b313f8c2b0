package no.muni.bench;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.PipelineVersion;
import no.muni.pipeline.StageTimes;
import no.muni.structure.DocumentStructurer;
import no.muni.tag.OpenNlpEntityTagger;
import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.ConlluSentence;

/**
 * The cost of one long document through the whole pipeline (parse, structure, tag) by its size: an HTML
 * page of NorNE paragraphs, five sentences each, repeated to 0.5 … 10 MB and processed by a
 * {@link DocumentProcessor} in this JVM on one thread. Time per MB must stay flat; a stage that grows
 * faster than the text shows up in its own column. CPU is the whole process's (garbage collection and
 * compilation included), so a stage that only shifts its cost to the collector cannot hide.
 */
public final class DocumentSizes {

    /** One document's figures; stage times are wall time on the processing thread. */
    public record Row(double megabytes, double wallSeconds, double cpuSeconds, Map<String, Long> stageMillis) {
        public double cpuSecondsPerMegabyte() {
            return cpuSeconds / megabytes;
        }
    }

    private DocumentSizes() {
    }

    public static List<Row> measure(Path conllu, List<Double> megabytes, Path workDir) throws IOException {
        StringBuilder page = new StringBuilder();
        List<ConlluSentence> sentences = ConlluReader.read(conllu);
        for (int i = 0; i < sentences.size(); i++) {
            page.append(i % 5 == 0 ? "<p>" : " ").append(escape(sentences.get(i).text())).append(i % 5 == 4 ? "</p>\n" : "");
        }
        String unit = page.append("</p>\n").toString();
        List<Row> rows = new ArrayList<>();
        Files.createDirectories(workDir);
        OpenNlpEntityTagger tagger = OpenNlpEntityTagger.bundled();
        // a warm-up of 1 MB, so the first size is not charged with compiling the hot code
        Path warmUp = write(workDir.resolve("warm-up.html"), unit, 1_000_000);
        process(warmUp, tagger, new StageTimes());
        Files.delete(warmUp);
        for (double mb : megabytes) {
            Path file = write(workDir.resolve("size-" + mb + ".html"), unit, (long) (mb * 1_000_000));
            StageTimes times = new StageTimes();
            System.gc();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            process(file, tagger, times);
            rows.add(new Row(Files.size(file) / 1e6, (System.nanoTime() - t0) / 1e9,
                    (processCpuNanos() - cpu0) / 1e9, times.millis()));
            Files.delete(file);
        }
        return rows;
    }

    private static void process(Path file, OpenNlpEntityTagger tagger, StageTimes times) throws IOException {
        ParseLimits limits = ParseLimits.defaults().withTimeout(Duration.ofMinutes(30));
        try (DocumentProcessor processor = new DocumentProcessor(new TikaDocumentParser(limits),
                DocumentStructurer.standard(), tagger, times, limits.timeout(),
                PipelineVersion.CURRENT)) {
            processor.process(file, new DocumentProcessor.Origin("size", "bench", file.getFileName().toString(), "-"));
        } catch (no.muni.parse.ParseFailure e) {
            throw new IOException("the size benchmark's document failed: " + e.reason(), e);
        }
    }

    private static Path write(Path file, String unit, long bytes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<html><head><meta charset=\"utf-8\"><title>Lang side</title></head><body>\n");
            for (long have = 0; have < bytes; have += unit.getBytes(StandardCharsets.UTF_8).length) {
                out.write(unit);
            }
            out.write("</body></html>\n");
        }
        return file;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
