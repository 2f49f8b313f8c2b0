package no.muni.tag;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;

/** The bundled tagger, loaded once for the tag tests, and the names of what it finds. */
final class Tagging {

    private static final OpenNlpEntityTagger TAGGER = OpenNlpEntityTagger.bundled();

    private Tagging() {
    }

    static Entities tag(String text) {
        return TAGGER.tag(DocumentStructure.untyped("fixture", text));
    }

    static Set<String> names(List<Entities.Entity> entities) {
        return entities.stream().map(Entities.Entity::name).collect(Collectors.toSet());
    }
}
