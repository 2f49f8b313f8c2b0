package no.muni.tag.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import no.muni.tag.features.WordClassLexicon;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The capitalised words of the training data's names with the types they are names of ("jens PER", "energi ORG",
 * "bergen LOC+ORG"), as a {@link WordClassLexicon} a feature descriptor names as {@value #RESOURCE}: the name finder
 * then knows whether a word is a known part of a person's, an organisation's or a place's name, and whether its
 * neighbours are ("Tafjord Energi" has no person's word, so it is less likely a person).
 *
 * <p>A word counts for a type when it stands in names of that type in at least two sentences. A word of one
 * sentence only has no entry, so in training, as for a name never seen when tagging, the feature is missing
 * wherever its name is the only one of its kind: a leave-one-out view of the lexicon, so the model learns what
 * a name without a known word looks like instead of leaning on the lexicon. Built from the training data at
 * training time and stored in the model, so {@code muni train} reproduces it.
 */
public final class TrainingNameWords {

    /** The resource name a feature descriptor gives its word-class generator for this lexicon. */
    public static final String RESOURCE = "training-name-words.txt";
    /** The resource name for the lexicon of organisations' words only ("energi ORG"). */
    public static final String ORGANISATIONS_RESOURCE = "training-organisation-words.txt";
    /**
     * The resource name for the lexicon of ordinary words ("kartlegge O"): written in lower case outside names in at
     * least two sentences, at least four letters. With heading-case copies ({@link HeadingCase}) the model learns
     * that such a word capitalised is still an ordinary word, and keeps a capital letter as the sign of a word it
     * does not know.
     */
    public static final String ORDINARY_RESOURCE = "training-ordinary-words.txt";

    private TrainingNameWords() {
    }

    public static WordClassLexicon of(List<NameSample> samples) {
        return of(samples, null);
    }

    /** The lexicon of ordinary words, see {@link #ORDINARY_RESOURCE}. */
    public static WordClassLexicon ordinaryWords(List<NameSample> samples) {
        Map<String, Integer> sentences = new TreeMap<>();
        for (NameSample sample : samples) {
            String[] tokens = sample.getSentence();
            boolean[] ordinary = HeadingCase.ordinaryWords(sample);
            Set<String> inSentence = new HashSet<>();
            for (int i = 0; i < tokens.length; i++) {
                if (ordinary[i] && inSentence.add(tokens[i])) {
                    sentences.merge(tokens[i], 1, Integer::sum);
                }
            }
        }
        StringBuilder lines = new StringBuilder();
        sentences.forEach((word, count) -> {
            if (count >= 2) {
                lines.append(word).append(" O\n");
            }
        });
        return lexicon(lines);
    }

    /** The lexicon of the names of one type ({@code null}: of every type). */
    public static WordClassLexicon of(List<NameSample> samples, String onlyType) {
        Map<String, Map<String, Integer>> sentences = new TreeMap<>();
        for (NameSample sample : samples) {
            Set<String> inSentence = new HashSet<>();
            String[] tokens = sample.getSentence();
            for (Span name : sample.getNames()) {
                if (onlyType != null && !onlyType.equals(name.getType())) {
                    continue;
                }
                for (int i = name.getStart(); i < name.getEnd(); i++) {
                    if (!tokens[i].isEmpty() && Character.isUpperCase(tokens[i].charAt(0))
                            && inSentence.add(tokens[i].toLowerCase(Locale.ROOT) + " " + name.getType())) {
                        sentences.computeIfAbsent(tokens[i].toLowerCase(Locale.ROOT), w -> new TreeMap<>())
                                .merge(name.getType(), 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, Map<String, Integer>> e : sentences.entrySet()) {
            Set<String> types = new TreeSet<>();
            e.getValue().forEach((type, count) -> {
                if (count >= 2) {
                    types.add(type);
                }
            });
            if (!types.isEmpty() && e.getKey().indexOf(' ') < 0) {
                lines.append(e.getKey()).append(' ').append(String.join("+", types)).append('\n');
            }
        }
        return lexicon(lines);
    }

    private static WordClassLexicon lexicon(StringBuilder lines) {
        try {
            return new WordClassLexicon(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("the lexicon's own lines are 'word class' lines", e);
        }
    }
}
