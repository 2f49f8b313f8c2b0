package no.muni.tag.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

import no.muni.tag.NlpModels;

/**
 * Trains muni's three OpenNLP models from NorNE CoNLL-U: sentence detector, tokenizer and name
 * finder (PER, ORG, LOC). Deterministic for a given input, so re-running reproduces the shipped models.
 */
public final class NlpTrainer {

    public static final String LANGUAGE = "nb";
    public static final String SENTENCE_MODEL = NlpModels.SENTENCE_MODEL;
    public static final String TOKEN_MODEL = NlpModels.TOKEN_MODEL;
    public static final String NER_MODEL = NlpModels.NER_MODEL;

    /** Sentences glued into one pseudo-document, so the sentence detector sees boundaries in context. */
    private static final int SENTENCES_PER_DOCUMENT = 20;

    private final NorwegianAbbreviations abbreviations = NorwegianAbbreviations.bundled();

    public SentenceModel trainSentenceDetector(List<ConlluSentence> sentences) throws IOException {
        List<SentenceSample> samples = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i += SENTENCES_PER_DOCUMENT) {
            StringBuilder doc = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            for (ConlluSentence s : sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_DOCUMENT))) {
                if (!doc.isEmpty()) {
                    doc.append(' ');
                }
                int start = doc.length();
                doc.append(s.text());
                spans.add(new Span(start, doc.length()));
            }
            samples.add(new SentenceSample(doc, spans.toArray(Span[]::new)));
        }
        SentenceDetectorFactory factory = new SentenceDetectorFactory(LANGUAGE, true, abbreviations.dictionary(), null);
        return SentenceDetectorME.train(LANGUAGE, ObjectStreamUtils.createObjectStream(samples), factory,
                params("MAXENT", 100, 5));
    }

    public TokenizerModel trainTokenizer(List<ConlluSentence> sentences) throws IOException {
        List<TokenSample> samples = new ArrayList<>(sentences.size());
        for (ConlluSentence s : sentences) {
            StringBuilder text = new StringBuilder();
            Span[] spans = new Span[s.forms().size()];
            for (int i = 0; i < spans.length; i++) {
                int start = text.length();
                text.append(s.forms().get(i));
                spans[i] = new Span(start, text.length());
                if (s.spaceAfter().get(i)) {
                    text.append(' ');
                }
            }
            samples.add(new TokenSample(text.toString(), spans));
        }
        TokenizerFactory factory = new TokenizerFactory(LANGUAGE, abbreviations.dictionary(), true, null);
        return TokenizerME.train(ObjectStreamUtils.createObjectStream(samples), factory, params("MAXENT", 100, 5));
    }

    public TokenNameFinderModel trainNameFinder(List<ConlluSentence> sentences, NerTrainingConfig config)
            throws IOException {
        List<NameSample> original = NameSamples.of(sentences);
        List<NameSample> samples = config.headingCase()
                .apply(config.replacement().apply(config.dropout().apply(original)));
        byte[] descriptor = descriptor(config);
        TokenNameFinderFactory factory = new TokenNameFinderFactory(descriptor, resources(descriptor, original),
                config.bilou() ? new BilouCodec() : new BioCodec());
        return NameFinderME.train(LANGUAGE, null, ObjectStreamUtils.createObjectStream(samples),
                params(config.algorithm(), config.iterations(), config.cutoff()), factory);
    }

    /**
     * Trains all three models from the given splits ({@code train}, or {@code train} and {@code dev} once the
     * settings are chosen on dev) of every data folder together (Bokmål and Nynorsk make one joint model:
     * municipal documents come in both, often within one archive) and writes them to {@code outDir}, with the
     * list of ordinary words the tagger reads beside them ({@link CommonWords}).
     */
    public void trainAll(List<Path> dataDirs, List<String> splits, Path outDir, NerTrainingConfig ner) throws IOException {
        List<ConlluSentence> train = readTraining(dataDirs, splits);
        Files.createDirectories(outDir);
        save(trainSentenceDetector(train), outDir.resolve(SENTENCE_MODEL));
        save(trainTokenizer(train), outDir.resolve(TOKEN_MODEL));
        save(trainNameFinder(train, ner), outDir.resolve(NER_MODEL));
        CommonWords.write(train, outDir.resolve(CommonWords.FILE));
        NameWords.write(train, outDir.resolve(NameWords.FILE));
    }

    /** The {@code train.conllu} sentences of several data folders, in the order given. */
    public static List<ConlluSentence> readTraining(List<Path> dataDirs) throws IOException {
        return readTraining(dataDirs, List.of("train"));
    }

    /** The sentences of some splits ({@code SPLIT.conllu}) of several data folders, folder by folder. */
    public static List<ConlluSentence> readTraining(List<Path> dataDirs, List<String> splits) throws IOException {
        List<ConlluSentence> train = new ArrayList<>();
        for (Path dir : dataDirs) {
            for (String split : splits) {
                train.addAll(ConlluReader.read(dir.resolve(split + ".conllu")));
            }
        }
        return train;
    }

    private static void save(opennlp.tools.util.model.BaseModel model, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    private static byte[] descriptor(NerTrainingConfig config) throws IOException {
        try (InputStream in = NlpTrainer.class.getResourceAsStream(config.descriptorResource())) {
            if (in == null) {
                throw new IOException("unknown feature set '" + config.featureSet() + "': no "
                        + config.descriptorResource() + " on the classpath");
            }
            return in.readAllBytes();
        }
    }

    /**
     * The resources a descriptor's generators name (the word classes of {@link WordClasses}), read from
     * {@code no/muni/tag/train/} on the classpath, or the lexicon of the training data's name words
     * ({@link TrainingNameWords}), built from the training samples; the model stores them, so the tagger needs no
     * file of its own.
     */
    private static Map<String, Object> resources(byte[] descriptor, List<NameSample> training) throws IOException {
        Map<String, Object> resources = new java.util.HashMap<>();
        for (Map.Entry<String, ArtifactSerializer<?>> e : GeneratorFactory
                .extractArtifactSerializerMappings(new java.io.ByteArrayInputStream(descriptor)).entrySet()) {
            if (TrainingNameWords.RESOURCE.equals(e.getKey())) {
                resources.put(e.getKey(), TrainingNameWords.of(training));
                continue;
            }
            if (TrainingNameWords.ORGANISATIONS_RESOURCE.equals(e.getKey())) {
                resources.put(e.getKey(), TrainingNameWords.of(training, "ORG"));
                continue;
            }
            if (TrainingNameWords.ORDINARY_RESOURCE.equals(e.getKey())) {
                resources.put(e.getKey(), TrainingNameWords.ordinaryWords(training));
                continue;
            }
            String resource = "/no/muni/tag/train/" + e.getKey();
            try (InputStream in = NlpTrainer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the feature descriptor names " + e.getKey() + ", but there is no " + resource
                            + " on the classpath");
                }
                resources.put(e.getKey(), e.getValue().create(in));
            }
        }
        return resources;
    }

    static TrainingParameters params(String algorithm, int iterations, int cutoff) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return p;
    }

    public static Dictionary abbreviationDictionary() {
        return NorwegianAbbreviations.bundled().dictionary();
    }
}
