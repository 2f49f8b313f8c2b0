package no.muni.pipeline;

import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;
import no.muni.structure.DocumentStructurer;
import no.muni.structure.StructureExtractor;
import no.muni.tag.EntityTagger;
import no.muni.tag.LazyEntityTagger;
import no.muni.tag.OpenNlpEntityTagger;

/** Wires the stages into the pipeline the commands and the benchmarks run. */
public final class Pipelines {

    private Pipelines() {
    }

    public static DocumentProcessor.Factory standard(ParseLimits limits) {
        StructureExtractor structurer = DocumentStructurer.standard();
        EntityTagger tagger = new LazyEntityTagger(OpenNlpEntityTagger::bundled);
        return times -> new DocumentProcessor(new TikaDocumentParser(limits), structurer, tagger, times,
                limits.timeout(), PipelineVersion.CURRENT);
    }
}
