package no.muni.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.muni.model.DocumentStructure;
import no.muni.tag.Gazetteer;
import no.muni.tag.NlpModels;
import no.muni.tag.OpenNlpEntityTagger;
import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.ConlluSentence;

/**
 * Single-thread tagging throughput (sentences, tokens, names, normalisation, measures) over NorNE text
 * glued into documents of 50 sentences: {@link #WARM_UP_ROUNDS} warm-up rounds (on a loaded machine the JIT needs
 * that many before the figure settles), then {@code rounds} timed ones. Measured in
 * thread CPU time too, which gives the per-core figure even when other jobs share the machine. Each round
 * tags with a tagger of its own, so what a tagger keeps of the tokens it has seen (the name finder's
 * weights per distinct token, the tokenizer's splits) holds no text of an earlier round: every round
 * costs what the first pass over this text costs a fresh worker.
 * {@code muni bench-tag} prints it; {@code muni bench} puts it in its table.
 */
public record TagThroughput(long tokens, int rounds, double wallSeconds, double cpuSeconds) {

    /** Untimed rounds first. */
    public static final int WARM_UP_ROUNDS = 3;

    public static TagThroughput measure(Path conllu, int rounds) throws IOException {
        List<ConlluSentence> sentences = ConlluReader.read(conllu);
        List<String> documents = new ArrayList<>();
        long tokens = 0;
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            doc.append(sentences.get(i).text()).append(i % 5 == 4 ? "\n" : " ");
            tokens += sentences.get(i).forms().size();
            if (i % 50 == 49) {
                documents.add(doc.toString());
                doc.setLength(0);
            }
        }
        documents.add(doc.toString());
        NlpModels models = NlpModels.bundled();
        Gazetteer gazetteer = Gazetteer.bundled();
        for (int w = 0; w < WARM_UP_ROUNDS; w++) {
            tagAll(new OpenNlpEntityTagger(models, gazetteer), documents);
        }
        List<OpenNlpEntityTagger> taggers = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            taggers.add(new OpenNlpEntityTagger(models, gazetteer));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (OpenNlpEntityTagger tagger : taggers) {
            tagAll(tagger, documents);
        }
        return new TagThroughput(tokens, rounds, (System.nanoTime() - t0) / 1e9,
                (mx.getCurrentThreadCpuTime() - cpu0) / 1e9);
    }

    public double tokensPerSecond() {
        return tokens * rounds / wallSeconds;
    }

    public double tokensPerCpuSecond() {
        return tokens * rounds / cpuSeconds;
    }

    private static void tagAll(OpenNlpEntityTagger tagger, List<String> documents) {
        for (String d : documents) {
            tagger.tag(DocumentStructure.untyped("bench", d));
        }
    }
}
