package no.muni.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import no.muni.tag.NlpModels;
import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.NameSamples;
import no.muni.tag.train.NerEvaluator;
import no.muni.tag.Gazetteer;
import no.muni.tag.OpenNlpEntityTagger;
import no.muni.tag.train.TagStageNameFinder;
import no.muni.tag.PerceptronNameFinder;
import opennlp.tools.namefind.TokenNameFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code muni eval}: evaluation of muni's components against annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate muni's components.",
        subcommands = {EvalCommand.Ner.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to evaluate (ner)");
    }

    /** {@code muni eval ner --data FILE.conllu}: entity-level exact-span P/R/F1 of the name finder. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Score the name finder on a NorNE CoNLL-U file: first the names training never saw (unseen TYPE lines),",
                    "then every name, one line per type, overall last."})
    public static final class Ner implements Callable<Integer> {

        @Option(names = "--data", paramLabel = "FILE", required = true, description = "CoNLL-U file with name= tags.")
        Path data;

        @Option(names = "--models", paramLabel = "DIR", description = "Models from 'muni train --out DIR' instead of the bundled ones.")
        Path models;

        @Option(names = "--pipeline",
                description = "Score the whole tag stage (model, register of public bodies, naming patterns, filters), "
                        + "each sentence tagged as a document of its own, instead of the name finder alone.")
        boolean pipeline;

        @Option(names = "--train", paramLabel = "FILE", split = ",",
                defaultValue = "../shared/data/norne-nob/train.conllu,../shared/data/norne-nno/train.conllu",
                description = "Training data whose entity names count as seen: what the evaluated model was trained on "
                        + "(default: ${DEFAULT-VALUE}, the shipped model's).")
        List<Path> train;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(data)) {
                throw new UsageException("no such CoNLL-U file: " + data.toAbsolutePath());
            }
            Set<String> seen = new HashSet<>();
            for (Path t : train) {
                if (!Files.isRegularFile(t)) {
                    throw new UsageException("no training data to tell unseen names by: " + t.toAbsolutePath()
                            + " (give --train FILE)");
                }
                seen.addAll(NerEvaluator.surfaces(NameSamples.of(ConlluReader.read(t))));
            }
            NlpModels m = models == null ? NlpModels.bundled() : NlpModels.load(models);
            TokenNameFinder finder = pipeline ? new TagStageNameFinder(new OpenNlpEntityTagger(m, Gazetteer.bundled()))
                    : PerceptronNameFinder.of(m.names());
            System.out.print(NerEvaluator.evaluate(finder, NameSamples.of(ConlluReader.read(data)), seen).report());
            return ExitCodes.OK;
        }
    }
}
