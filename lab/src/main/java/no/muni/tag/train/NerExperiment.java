package no.muni.tag.train;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Compares name-finder variants: trains each on the train.conllu of every data folder together, scores it
 * on each folder's dev.conllu (unseen lines included) and keeps the model file. Usage:
 * {@code NerExperiment DATA_DIR[,DATA_DIR] OUT_DIR name:ALGORITHM:iterations:cutoff:featureSet[:bilou][:swap…][:caps…][:dropout] ...}
 */
public final class NerExperiment {

    private NerExperiment() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> data = java.util.Arrays.stream(args[0].split(",")).map(Path::of).toList();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        List<ConlluSentence> train = NlpTrainer.readTraining(data);
        java.util.Set<String> seen = NerEvaluator.surfaces(NameSamples.of(train));
        NlpTrainer trainer = new NlpTrainer();
        for (int i = 2; i < args.length; i++) {
            NerTrainingConfig cfg = NerTrainingConfig.parse(args[i]);
            long t0 = System.nanoTime();
            TokenNameFinderModel model = trainer.trainNameFinder(train, cfg);
            long secs = (System.nanoTime() - t0) / 1_000_000_000L;
            try (OutputStream os = Files.newOutputStream(out.resolve(cfg.name() + ".bin"))) {
                model.serialize(os);
            }
            for (Path dir : data) {
                List<NameSample> dev = NameSamples.of(ConlluReader.read(dir.resolve("dev.conllu")));
                NerEvaluator.Evaluation scores = NerEvaluator.evaluate(new NameFinderME(model), dev, seen);
                System.out.printf(Locale.ROOT, "=== %s (%s, %d it, cutoff %d, features %s, %s, %s, %s%s) trained in %d s, dev of %s%n%s",
                        cfg.name(), cfg.algorithm(), cfg.iterations(), cfg.cutoff(), cfg.featureSet(), cfg.dropout(),
                        cfg.replacement(), cfg.headingCase(), cfg.bilou() ? ", BILOU" : "", secs,
                        dir.getFileName(), scores.report());
            }
            System.out.flush();
        }
    }
}
