package no.muni.structure.presentation;

import java.util.List;
import java.util.Objects;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Presentation;
import no.muni.model.Presentation.Slide;
import no.muni.structure.TypeExtractor;

/** Slides, the committee a presentation introduces, and the numbers it states. */
public final class PresentationExtractor implements TypeExtractor {

    private final CommitteeReader committees = new CommitteeReader();
    private final NumericFacts facts = new NumericFacts();

    @Override
    public void extract(List<Block> body, DocumentStructure.Builder into) {
        List<Slide> slides = SlideTranscript.slides(body);
        List<String> texts = slides.isEmpty() ? body.stream().map(Block::text).toList()
                : slides.stream().map(Slide::text).toList();
        into.presentation(new Presentation(slides,
                texts.stream().map(committees::read).filter(Objects::nonNull).findFirst().orElse(null),
                texts.stream().flatMap(t -> facts.find(t).stream()).toList()));
    }
}
