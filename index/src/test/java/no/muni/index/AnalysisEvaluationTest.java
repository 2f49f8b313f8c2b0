package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Compares analysis chains for the stemmed fields on the judged queries in search-judgements.tsv over the
 * corpus transcriptions, and checks that the chain muni uses is the best of them. The table it prints is
 * the one in docs/search-analysis.md.
 */
class AnalysisEvaluationTest {

    record Judged(String query, Set<String> relevant) {
    }

    record Score(double precision, double recall, double f1, int perfect) {
    }

    /** A candidate chain for the stemmed fields: what runs after lower-casing, at index and at query time. */
    record Candidate(String name, UnaryOperator<TokenStream> index, UnaryOperator<TokenStream> query) {
        Analyzer analyzer(boolean indexSide) {
            return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(source);
                    stream = switch (IndexFields.analysisOf(field)) {
                        case STEMMED -> (indexSide ? index : query).apply(stream);
                        case FOLDED -> new ASCIIFoldingFilter(stream);
                        default -> stream; // exact; the prefix and pair fields are not searched here
                    };
                    return new TokenStreamComponents(source, stream);
                }
            };
        }
    }

    static final Candidate CHOSEN = new Candidate("minimal stemmer + compounds split at index time (muni)",
            s -> new NorwegianMinimalStemFilter(MuniAnalyzer.splitCompounds(s)), NorwegianMinimalStemFilter::new);

    static List<Candidate> candidates() {
        return List.of(
                new Candidate("light stemmer", NorwegianLightStemFilter::new, NorwegianLightStemFilter::new),
                new Candidate("minimal stemmer", NorwegianMinimalStemFilter::new, NorwegianMinimalStemFilter::new),
                new Candidate("light stemmer + compounds at index time",
                        s -> new NorwegianLightStemFilter(MuniAnalyzer.splitCompounds(s)), NorwegianLightStemFilter::new),
                new Candidate("minimal stemmer + compounds at index and query time",
                        s -> new NorwegianMinimalStemFilter(MuniAnalyzer.splitCompounds(s)),
                        s -> new NorwegianMinimalStemFilter(MuniAnalyzer.splitCompounds(s))),
                CHOSEN);
    }

    @Test
    void theChosenChainIsTheBestOnTheJudgedQueries() throws Exception {
        List<Judged> judged = judgements();
        Map<String, String> docs = corpusTexts();
        Map<Candidate, Score> scores = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("| analysis of the stemmed fields | precision | recall | F1 | queries all right |\n|---|---|---|---|---|\n");
        for (Candidate c : candidates()) {
            Score s = evaluate(c, docs, judged);
            scores.put(c, s);
            table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d / %d |%n", c.name(), s.precision(),
                    s.recall(), s.f1(), s.perfect(), judged.size()));
        }
        System.out.println(table);
        Score chosen = scores.get(CHOSEN);
        for (Score s : scores.values()) {
            assertTrue(chosen.f1() >= s.f1(), "muni's chain should be the best on F1:\n" + table);
        }
        assertEquals(1.0, recall(CHOSEN, docs, new Judged("koordinator", Set.of("001", "002", "003", "004"))), 1e-9);
    }

    static Score evaluate(Candidate c, Map<String, String> docs, List<Judged> judged) throws IOException, ParseException {
        double p = 0;
        double r = 0;
        int perfect = 0;
        try (ByteBuffersDirectory dir = index(c, docs); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Judged j : judged) {
                Set<String> found = new HashSet<>();
                for (ScoreDoc sd : searcher.search(new MuniQueryParser(c.analyzer(false)).parse(j.query()), 100).scoreDocs) {
                    found.add(searcher.storedFields().document(sd.doc).get(IndexFields.ID));
                }
                long hit = found.stream().filter(j.relevant()::contains).count();
                double precision = found.isEmpty() ? 0 : (double) hit / found.size();
                double recall = (double) hit / j.relevant().size();
                p += precision;
                r += recall;
                if (precision == 1.0 && recall == 1.0) {
                    perfect++;
                } else if (c == CHOSEN) {
                    System.out.printf(Locale.ROOT, "muni misses on %s: found %s, relevant %s%n", j.query(), found, j.relevant());
                }
            }
        }
        p /= judged.size();
        r /= judged.size();
        return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), perfect);
    }

    static double recall(Candidate c, Map<String, String> docs, Judged j) throws IOException, ParseException {
        return evaluate(c, docs, List.of(j)).recall();
    }

    static ByteBuffersDirectory index(Candidate c, Map<String, String> docs) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(c.analyzer(true)))) {
            for (var e : docs.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField(IndexFields.ID, e.getKey(), Field.Store.YES));
                for (String f : List.of(IndexFields.TEXT, IndexFields.TEXT_EXACT, IndexFields.TEXT_FOLDED)) {
                    doc.add(new TextField(f, e.getValue(), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
        }
        return dir;
    }

    static Map<String, String> corpusTexts() throws IOException {
        Path corpus = Paths.get(System.getProperty("muni.root", "..")).resolve("corpus");
        Map<String, String> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.put(p.getFileName().toString().substring(0, 3), Files.readString(p));
            }
        }
        return docs;
    }

    static List<Judged> judgements() throws IOException {
        List<Judged> out = new ArrayList<>();
        try (InputStream in = AnalysisEvaluationTest.class.getResourceAsStream("/search-judgements.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Judged(cols[0], Set.of(cols[1].trim().split(" +"))));
            }
        }
        return out;
    }
}
