package no.muni.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.muni.tag.train.CommonWords;
import no.muni.tag.train.NameWords;
import no.muni.tag.train.NlpTrainer;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The three trained OpenNLP models, the ordinary words of their training data ({@link CommonWords}) and the
 * words of its person names ({@link NameWords}).
 * Models are immutable and thread-safe, so load them once and share them; the ME classes built over
 * them are not, see {@link TextAnnotator}.
 */
public record NlpModels(SentenceModel sentences, TokenizerModel tokens, TokenNameFinderModel names,
                        Lexicon commonWords, Lexicon personWords) {

    public static final String RESOURCE_DIR = "/no/muni/tag/models/";

    /** The models committed with muni, from the classpath. */
    public static NlpModels bundled() {
        try {
            return new NlpModels(new SentenceModel(resource(NlpTrainer.SENTENCE_MODEL)),
                    new TokenizerModel(resource(NlpTrainer.TOKEN_MODEL)),
                    new TokenNameFinderModel(resource(NlpTrainer.NER_MODEL)),
                    Lexicon.resource(RESOURCE_DIR + CommonWords.FILE),
                    Lexicon.resource(RESOURCE_DIR + NameWords.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled NLP models from " + RESOURCE_DIR, e);
        }
    }

    /** Models written by {@code muni train --out DIR}. */
    public static NlpModels load(Path dir) throws IOException {
        return new NlpModels(new SentenceModel(file(dir, NlpTrainer.SENTENCE_MODEL)),
                new TokenizerModel(file(dir, NlpTrainer.TOKEN_MODEL)),
                new TokenNameFinderModel(file(dir, NlpTrainer.NER_MODEL)),
                Lexicon.file(file(dir, CommonWords.FILE)),
                Lexicon.file(file(dir, NameWords.FILE)));
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
