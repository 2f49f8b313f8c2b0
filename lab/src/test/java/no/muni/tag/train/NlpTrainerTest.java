package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Trains tiny models on a handful of sentences: checks the training code runs end to end, not quality. */
class NlpTrainerTest {

    @Test
    void trainsAllThreeModelsWithTheMuniFeaturesOnATinyCorpus() throws Exception {
        List<ConlluSentence> corpus = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            corpus.addAll(ConlluReaderTest.sample());
            // a period inside a sentence, so the sentence detector sees both outcomes
            corpus.add(new ConlluSentence(List.of("Vi", "møter", "f.eks.", "Røde", "Kors", "i", "dag", "."),
                    List.of(true, true, true, true, true, true, false, true),
                    List.of("O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O")));
        }
        NlpTrainer trainer = new NlpTrainer();
        TokenNameFinderModel ner = trainer.trainNameFinder(corpus,
                new NerTrainingConfig("tiny", "PERCEPTRON", 10, 0, "muni-gaz"));
        NerScores scores = NerEvaluator.evaluate(new NameFinderME(ner), NameSamples.of(ConlluReaderTest.sample()));
        assertTrue(scores.overall().f1() > 0.5, scores::report);
        assertTrue(trainer.trainTokenizer(corpus) != null);
        assertTrue(trainer.trainSentenceDetector(corpus) != null);
        String[] tokens = new TokenizerME(trainer.trainTokenizer(corpus)).tokenize("Kari bor i Bergen.");
        assertTrue(tokens.length >= 4);
    }

    @Test
    void aModelWithWordClassesAndBilouCodingIsWrittenAndReadBack() throws Exception {
        List<ConlluSentence> corpus = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            corpus.addAll(ConlluReaderTest.sample());
        }
        TokenNameFinderModel ner = new NlpTrainer().trainNameFinder(corpus,
                NerTrainingConfig.parse("tiny:PERCEPTRON:10:0:muni-wcA:bilou"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ner.serialize(out); // the word classes travel inside the model
        TokenNameFinderModel read = new TokenNameFinderModel(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertTrue(read.getFactory().createSequenceCodec() instanceof opennlp.tools.namefind.BilouCodec);
        NerScores scores = NerEvaluator.evaluate(new NameFinderME(read), NameSamples.of(ConlluReaderTest.sample()));
        assertTrue(scores.overall().f1() > 0.5, scores::report);
    }

    @Test
    void readsTheGivenSplitsOfEveryFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path nob = java.nio.file.Files.createDirectories(dir.resolve("nob"));
        java.nio.file.Path nno = java.nio.file.Files.createDirectories(dir.resolve("nno"));
        for (java.nio.file.Path folder : List.of(nob, nno)) {
            java.nio.file.Files.writeString(folder.resolve("train.conllu"), ConlluReaderTest.SAMPLE);
            java.nio.file.Files.writeString(folder.resolve("dev.conllu"), ConlluReaderTest.SAMPLE);
        }
        int perFile = ConlluReaderTest.sample().size();
        org.junit.jupiter.api.Assertions.assertEquals(2 * perFile, NlpTrainer.readTraining(List.of(nob, nno)).size());
        org.junit.jupiter.api.Assertions.assertEquals(4 * perFile,
                NlpTrainer.readTraining(List.of(nob, nno), List.of("train", "dev")).size());
    }

    @Test
    void reportHasOneLinePerTypeAndOverallLast() {
        NerScores s = NerEvaluator.toScores(java.util.Map.of("ORG", new int[] {3, 1, 1}, "PER", new int[] {1, 0, 1}));
        String[] lines = s.report().split("\n");
        assertTrue(lines[0].matches("ORG\\s+0\\.750\\s+0\\.750\\s+0\\.750"), lines[0]);
        assertTrue(lines[2].startsWith("overall "), lines[2]);
    }
}
