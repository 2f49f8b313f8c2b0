package no.muni.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three trained OpenNLP models, the ordinary words of their training data and the words of its person
 * names (the word lists {@code muni train} writes beside them).
 * Models are immutable and thread-safe, so load them once and share them; the ME classes built over
 * them are not, see {@link TextAnnotator}.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, TokenNameFinderModel names,
                        Lexicon commonWords, Lexicon personWords) {

    public static final String RESOURCE_DIR = "/no/muni/tag/models/";
    /** The file names of the models and word lists, in {@link #RESOURCE_DIR} and in a directory {@code muni train} writes. */
    public static final String SENTENCE_MODEL = "nb-sent.bin";
    public static final String TOKEN_MODEL = "nb-token.bin";
    public static final String NER_MODEL = "nb-ner.bin";
    public static final String COMMON_WORDS = "nb-common-words.txt";
    public static final String PERSON_WORDS = "nb-person-words.txt";

    /** The models committed with muni, from the classpath. */
    public static NlpModels bundled() {
        try {
            return new NlpModels(new SentenceModel(resource(SENTENCE_MODEL)),
                    new TokenizerModel(resource(TOKEN_MODEL)),
                    new TokenNameFinderModel(resource(NER_MODEL)),
                    Lexicon.resource(RESOURCE_DIR + COMMON_WORDS),
                    Lexicon.resource(RESOURCE_DIR + PERSON_WORDS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled NLP models from " + RESOURCE_DIR, e);
        }
    }

    /** Models written by {@code muni train --out DIR}. */
    public static NlpModels load(Path dir) throws IOException {
        return new NlpModels(new SentenceModel(file(dir, SENTENCE_MODEL)),
                new TokenizerModel(file(dir, TOKEN_MODEL)),
                new TokenNameFinderModel(file(dir, NER_MODEL)),
                Lexicon.file(file(dir, COMMON_WORDS)),
                Lexicon.file(file(dir, PERSON_WORDS)));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("model " + RESOURCE_DIR + name + " is not on the classpath; run 'muni train'");
        }
        return in;
    }

    private static Path file(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IOException("model file not found: " + p + " (run 'muni train --out " + dir + "')");
        }
        return p;
    }
}
