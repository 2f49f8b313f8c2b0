package no.muni.tag;

import java.util.List;
import java.util.function.Supplier;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.tag.measure.MeasureExtractor;

/**
 * Builds the real tagger when the first document needs it. Loading the NLP models takes seconds, which
 * a nightly run that finds nothing changed (or finds the index locked) should not pay.
 */
public final class LazyEntityTagger implements EntityTagger {

    private final Supplier<? extends EntityTagger> factory;
    private volatile EntityTagger tagger;

    public LazyEntityTagger(Supplier<? extends EntityTagger> factory) {
        this.factory = factory;
    }

    @Override
    public Entities tag(DocumentStructure structure, List<MeasureExtractor.Found> textMeasures) {
        return tagger().tag(structure, textMeasures);
    }

    private EntityTagger tagger() {
        EntityTagger t = tagger;
        if (t == null) {
            synchronized (this) {
                if (tagger == null) {
                    tagger = factory.get();
                }
                t = tagger;
            }
        }
        return t;
    }
}
