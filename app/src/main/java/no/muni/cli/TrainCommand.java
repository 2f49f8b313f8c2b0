package no.muni.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import no.muni.tag.train.NerTrainingConfig;
import no.muni.tag.train.NlpTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code muni train}: re-trains the sentence, token and name models from NorNE. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the Norwegian sentence detector, tokenizer and name finder from NorNE Bokmål and Nynorsk (CoNLL-U).")
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", split = ",",
            description = "Folders with train.conllu, trained together into one joint model (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/data/norne-nob,../shared/data/norne-nno")
    List<Path> data;

    @Option(names = "--splits", paramLabel = "SPLIT", split = ",", defaultValue = "train",
            description = "Splits of each folder to train on, SPLIT.conllu (default: ${DEFAULT-VALUE}; 'train,dev' for the "
                    + "shipped models once the settings are chosen on dev, see the models README).")
    List<String> splits;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write nb-sent.bin, nb-token.bin, nb-ner.bin (default: ${DEFAULT-VALUE}).",
            defaultValue = "pipeline/src/main/resources/no/muni/tag/models")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (Path dir : data) {
            for (String split : splits) {
                if (!Files.isRegularFile(dir.resolve(split + ".conllu"))) {
                    throw new UsageException("no " + split + ".conllu in " + dir.toAbsolutePath()
                            + "; pass --data DIR[,DIR] and --splits SPLIT[,SPLIT]");
                }
            }
        }
        long t0 = System.nanoTime();
        new NlpTrainer().trainAll(data, splits, out, NerTrainingConfig.BEST);
        System.out.printf("trained %s, %s, %s (%s) into %s in %d s%n", NlpTrainer.SENTENCE_MODEL, NlpTrainer.TOKEN_MODEL,
                NlpTrainer.NER_MODEL, NerTrainingConfig.BEST.name(), out, (System.nanoTime() - t0) / 1_000_000_000L);
        return ExitCodes.OK;
    }
}
