package no.muni.tag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

import no.muni.tag.train.ConlluReader;
import no.muni.tag.train.ConlluSentence;

/**
 * Keeping each word's split gives {@link TokenizerME}'s own tokens: over every sentence of NorNE dev (Bokmål and
 * Nynorsk), the lines of the seed corpus's texts, and words the tokenizer splits inside (abbreviations, quotes,
 * case numbers, e-mail addresses) or that are split without asking it (numbers, a mark after a word, « before
 * one), each asked twice so the second answer comes from what was kept.
 */
class TokenSplitsTest {

    private static final TokenizerModel MODEL = NlpModels.bundled().tokens();

    @Test
    void givesTokenizerMesTokensOnNorneDev() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String part : List.of("norne-nob", "norne-nno")) {
            Path dev = Path.of("../../shared/data", part, "dev.conllu");
            if (!Files.isRegularFile(dev)) {
                dev = Path.of("../shared/data", part, "dev.conllu");
            }
            assumeTrue(Files.isRegularFile(dev), "NorNE dev not found beside the repository: " + dev);
            ConlluReader.read(dev).stream().map(ConlluSentence::text).forEach(texts::add);
        }
        assertSameTokens(texts);
    }

    @Test
    void givesTokenizerMesTokensOnTheSeedCorpus() throws IOException {
        Path corpus = Path.of("../corpus");
        assumeTrue(Files.isDirectory(corpus), "the seed corpus is not beside the module: " + corpus.toAbsolutePath());
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertSameTokens(lines);
    }

    @Test
    void givesTokenizerMesTokensForWordsSplitInside() {
        assertSameTokens(List.of(
                "Saken (sak 23/00858-4) ble behandlet i formannskapet, jf. vedtak 12.03.2024.",
                "«Kommunedirektørens forslag» ble vedtatt mot 3 stemmer (Frp, H og V); se bl.a. s. 4-5.",
                "Kontakt postmottak@kommune.no eller tlf. 55 55 55 55 - f.eks. før kl. 15.00!",
                "  Dobbelt  mellomrom\tog\u00a0hardt mellomrom , «sitat»… “engelsk” — tankestrek.",
                "x", "", "Æ Ø Å æøå.", "NAVs/IMDis tilskudd: kr 1.250.000,- (eks. mva.)",
                // the shapes decided without asking: numbers, a mark after a word, « before one
                "I 2024 søkte «Frivilligsentralen» om 250000 kroner, men fikk avslag; hvorfor? Svar: nei! Se «Årsrapport».",
                "Øyvind, Åse og Ærlend: 12 3 45678 «Østre» x, y; z! æ? ø»"));
    }

    private static void assertSameTokens(List<String> texts) {
        TokenizerME reference = new TokenizerME(MODEL);
        TokenSplits kept = new TokenSplits(MODEL);
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                assertArrayEquals(reference.tokenizePos(text), kept.tokenizePos(text), text);
            }
        }
    }
}
