package no.muni.tag.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Lower-case words and their class ({@code word class} lines, learnt from unlabelled text by
 * {@code no.muni.tag.train.WordClasses}), stored inside a name-finder model as one of its artifacts. OpenNLP's own
 * {@code WordClusterDictionary} has the format but its serializer closes the model's zip stream (OpenNLP 2.5.6), so
 * a model holding one cannot be written.
 */
public final class WordClassLexicon implements SerializableArtifact {

    private final Map<String, String> classes;

    public WordClassLexicon(InputStream in) throws IOException {
        Map<String, String> read = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            int space = line.indexOf(' ');
            if (space <= 0 || space == line.length() - 1) {
                throw new InvalidFormatException("word-class line " + lineNumber + " is not 'word class': " + line);
            }
            read.put(line.substring(0, space), line.substring(space + 1).intern());
        }
        this.classes = read;
    }

    /** The class of a word (any case), or null for a word the text it was learnt from did not have. */
    public String classOf(String word) {
        return classes.get(word.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return classes.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes the lexicon into a model without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<WordClassLexicon> {
        @Override
        public WordClassLexicon create(InputStream in) throws IOException {
            return new WordClassLexicon(in);
        }

        @Override
        public void serialize(WordClassLexicon artifact, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : new TreeMap<>(artifact.classes).entrySet()) {
                writer.write(e.getKey() + " " + e.getValue() + "\n");
            }
            writer.flush();
        }
    }
}
