package no.muni.tag.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.tag.OpenNlpEntityTagger;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * The whole tag stage seen as a name finder over one tokenised sentence: the sentence is tagged as a
 * document of its own (model, register, naming patterns, filters, normalisation), and every mention whose
 * start and end fall on the gold tokens' boundaries becomes a token span of its type (organisations ORG,
 * persons PER, places LOC); a mention that cuts a token can match nothing and counts as a false positive.
 * {@code muni eval ner --pipeline} scores what muni ships, where the plain score is the model's alone.
 */
public final class TagStageNameFinder implements TokenNameFinder {

    private final OpenNlpEntityTagger tagger;

    public TagStageNameFinder(OpenNlpEntityTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Span[] find(String[] tokens) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Integer> startToken = new HashMap<>();
        Map<Integer, Integer> endToken = new HashMap<>();
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            startToken.put(text.length(), i);
            text.append(tokens[i]);
            endToken.put(text.length(), i + 1);
        }
        Entities e = tagger.tag(DocumentStructure.untyped("sentence", text.toString()));
        List<Span> out = new ArrayList<>();
        int past = tokens.length + 1;
        add(e.organisations(), "ORG", startToken, endToken, past, out);
        add(e.persons(), "PER", startToken, endToken, past, out);
        add(e.places(), "LOC", startToken, endToken, past, out);
        return out.toArray(Span[]::new);
    }

    private static void add(List<Entities.Entity> entities, String type, Map<Integer, Integer> startToken,
                            Map<Integer, Integer> endToken, int past, List<Span> out) {
        for (Entities.Entity entity : entities) {
            for (Entities.Mention m : entity.mentions()) {
                Integer from = startToken.get(m.start());
                Integer to = endToken.get(m.end());
                // a mention cutting a token gets a span past the sentence's end, which no gold entity has
                out.add(from != null && to != null ? new Span(from, to, type)
                        : new Span(past + m.start(), past + m.start() + 1, type));
            }
        }
    }

    @Override
    public void clearAdaptiveData() {
        // every sentence is a document of its own: nothing carries over
    }
}
