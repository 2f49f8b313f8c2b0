package no.muni.tag.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/** Turns CoNLL-U sentences with NorNE BIO tags into OpenNLP name samples with muni's types. */
public final class NameSamples {

    private NameSamples() {
    }

    /**
     * Every sample clears the adaptive data: NorNE has no reliable document boundaries in dev, and a
     * previous-map history that spans the whole training corpus would never be seen at tagging time.
     */
    public static NameSample of(ConlluSentence s) {
        return new NameSample(s.forms().toArray(String[]::new), spans(s.tags()).toArray(Span[]::new), true);
    }

    public static List<NameSample> of(List<ConlluSentence> sentences) {
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (ConlluSentence s : sentences) {
            out.add(of(s));
        }
        return out;
    }

    /** Entity spans (token offsets, end exclusive) of a BIO tag sequence, mapped to muni types. */
    public static List<Span> spans(List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean continues = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (!continues && start >= 0) {
                Optional<String> mapped = EntityTypeMapping.map(type);
                if (mapped.isPresent()) {
                    spans.add(new Span(start, i, mapped.get()));
                }
                start = -1;
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && !continues)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return spans;
    }
}
