package no.muni.cli;

import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.Heading;
import no.muni.model.ParsedContent;
import no.muni.parse.ParseLimits;
import no.muni.parse.TextNormaliser;
import no.muni.parse.TikaDocumentParser;
import no.muni.pipeline.DocumentProcessor;
import no.muni.structure.StructureExtractor;
import no.muni.tag.EntityTagger;

/** Wires the stages into the pipeline the commands run. */
final class Pipelines {

    private Pipelines() {
    }

    static DocumentProcessor.Factory standard(ParseLimits limits) {
        StructureExtractor structurer = Pipelines::untyped;
        EntityTagger tagger = structure -> Entities.NONE;
        return times -> new DocumentProcessor(new TikaDocumentParser(limits), structurer, tagger, times);
    }

    private static DocumentStructure untyped(ParsedContent content) {
        String text = content.blocks().stream().map(Block::text).map(TextNormaliser::lines)
                .filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
        String title = content.metadataTitle();
        if (title == null || title.isBlank()) {
            title = content.blocks().stream().filter(b -> b instanceof Heading).map(Block::text).findFirst()
                    .orElse(text.lines().filter(l -> !l.isBlank()).findFirst().orElse(""));
        }
        return DocumentStructure.untyped(TextNormaliser.flow(title), text);
    }
}
