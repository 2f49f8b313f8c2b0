package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on the sample corpus and prints every row; timings are not asserted. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void printsTheWholeTableAndLeavesTheCorpusAsItWas() throws IOException {
        Path corpus = tmp.resolve("corpus");
        TestPaths.copyTree(TestPaths.corpus(), corpus);
        Map<String, String> before = SynthCommandTest.hashes(corpus);

        CliRun run = CliRun.of("bench", "--corpus", corpus.toString(), "--index", tmp.resolve("index").toString(),
                "--runs", "1", "--heap", "256m", "--tag-text", tmp.resolve("no-such.conllu").toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String row : List.of("| ingest, full pipeline, cold", "|   parsing in process instead", "| OCR seconds per page",
                "| raw Tika text extraction",
                "| pipeline / raw Tika throughput", "|   the same in CPU time", "| re-run, nothing changed", "| re-run, 1% changed",
                "| tagging tokens/s per core", "| search latency p50 / p99", "| peak RSS / heap, full ingest",
                "| index size per document")) {
            assertTrue(run.out().contains(row), "missing row " + row + " in\n" + run.out());
        }
        assertTrue(run.out().contains("|   at 10 of 10 files"), "memory at the last tenth of the files: " + run.out());
        assertTrue(run.err().contains("bench: ingest-full-1 at 10 of 10 files"), "samples shown as taken: " + run.err());
        assertTrue(run.out().contains("cores"), run.out());
        assertEquals(before, SynthCommandTest.hashes(corpus), "the 1% change is swapped back");
    }
}
