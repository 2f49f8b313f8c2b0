package no.muni.cli;

import java.util.function.Supplier;

import no.muni.parse.DocumentParser;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.parse.worker.IsolatedParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.PipelineVersion;
import no.muni.structure.DocumentStructurer;
import no.muni.structure.StructureExtractor;
import no.muni.tag.EntityTagger;
import no.muni.tag.LazyEntityTagger;
import no.muni.tag.OpenNlpEntityTagger;

/** Wires the stages into the pipeline the commands run. */
public final class Pipelines {

    private Pipelines() {
    }

    /** Parses in this JVM, with OCR where {@link OcrOptions#defaults()} say. */
    public static DocumentProcessor.Factory standard(ParseLimits limits) {
        return standard(limits, OcrOptions.defaults());
    }

    /** Parses in this JVM: fastest, but a parser that hangs or bombs keeps its thread and memory. */
    public static DocumentProcessor.Factory standard(ParseLimits limits, OcrOptions ocr) {
        return withParser(limits, () -> new TikaDocumentParser(limits, ocr));
    }

    /** Parses in child JVMs, killed at the time limit; each run starts its own workers and ends them. */
    public static DocumentProcessor.Factory isolated(ParseLimits limits, OcrOptions ocr, IsolatedParser.Settings workers) {
        return withParser(limits, () -> new IsolatedParser(limits, ocr, workers));
    }

    private static DocumentProcessor.Factory withParser(ParseLimits limits, Supplier<DocumentParser> parsers) {
        StructureExtractor structurer = DocumentStructurer.standard();
        EntityTagger tagger = new LazyEntityTagger(OpenNlpEntityTagger::bundled);
        return times -> new DocumentProcessor(parsers.get(), structurer, tagger, times, limits.timeout(),
                PipelineVersion.CURRENT);
    }
}
