package no.muni.cli;

import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
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

    public static DocumentProcessor.Factory standard(ParseLimits limits) {
        return standard(limits, OcrOptions.defaults());
    }

    public static DocumentProcessor.Factory standard(ParseLimits limits, OcrOptions ocr) {
        StructureExtractor structurer = DocumentStructurer.standard();
        EntityTagger tagger = new LazyEntityTagger(OpenNlpEntityTagger::bundled);
        return times -> new DocumentProcessor(new TikaDocumentParser(limits, ocr), structurer, tagger, times,
                limits.timeout(), PipelineVersion.CURRENT);
    }
}
