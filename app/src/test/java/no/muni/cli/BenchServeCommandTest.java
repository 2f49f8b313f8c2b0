package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The load benchmark runs end to end (a server JVM, clients, the table) and no route fails under it;
 * timings are not asserted, they are the benchmark's to report.
 */
class BenchServeCommandTest {

    @Test
    void printsARowPerRouteAndTheServersMemoryWithNoFailures() {
        CliRun run = CliRun.of("bench-serve", "--index", CaseIndex.dir().toString(), "--clients", "2", "--seconds", "2",
                "--heap", "256m");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        for (String row : List.of("| search, 70 fuzzy words |", "| organisation profile |", "| measures |", "| cases |",
                "| errors (400/404/405 expected) |", "| **all** |")) {
            assertTrue(run.out().contains(row), "missing row " + row + " in\n" + run.out());
        }
        String all = run.out().lines().filter(l -> l.startsWith("| **all** |")).findFirst().orElseThrow();
        assertTrue(all.endsWith("| 0 |"), "no request failed: " + all);
        assertTrue(run.out().contains("server memory: peak RSS "), run.out());
    }

    @Test
    void refusesAMissingIndexAndUnboundedRuns() {
        assertEquals(ExitCodes.USAGE, CliRun.of("bench-serve", "--seconds", "0").exitCode());
        CliRun missing = CliRun.of("bench-serve", "--index", "/nonexistent/muni-index", "--seconds", "1");
        assertEquals(ExitCodes.FATAL, missing.exitCode());
        assertTrue(missing.err().contains("no index at"), missing.err());
    }
}
