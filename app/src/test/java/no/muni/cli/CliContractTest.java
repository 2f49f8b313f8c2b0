package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The contract every command keeps (README "Commands and exit codes"): --help everywhere, whole
 * sentences in the help, the same filter checks in search and export, "no match" is exit 0 with an empty
 * result, a missing index is exit 1 with a message and no folder left behind, and every mistake a user can
 * make gets a message that says what to do instead of a Java exception's name.
 */
class CliContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static CliRun sample(String... args) {
        return SearchCommandsTest.run(args);
    }

    private static List<String> commands() {
        return new ArrayList<>(new CommandLine(new Muni()).getSubcommands().keySet());
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String command : commands()) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exitCode(), command + " --help: " + r.err());
            assertTrue(r.out().contains("Usage: muni " + command), command + ": " + r.out());
        }
    }

    @Test
    void topLevelHelpShowsEveryCommandsFirstSentenceWhole() {
        String help = squash(CliRun.of("--help").out());
        for (var e : new CommandLine(new Muni()).getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue; // picocli's own, worded by picocli
            }
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0];
            assertTrue(first.endsWith("."), e.getKey() + "'s first line is not a sentence: " + first);
            assertTrue(help.contains(squash(first)), e.getKey() + ": " + first + " not whole in\n" + help);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void searchExportAndTheirFiltersRefuseTypesAndYearsThatCannotMatch() {
        CliRun type = sample("search", "frivillighet", "--type", "polcy");
        assertEquals(ExitCodes.USAGE, type.exitCode(), type.out());
        assertTrue(type.err().contains("type must be one of") && type.err().contains("policy"), type.err());
        CliRun year = sample("search", "frivillighet", "--year", "19");
        assertEquals(ExitCodes.USAGE, year.exitCode(), year.out());
        assertTrue(year.err().contains("four-digit year"), year.err());
        CliRun export = sample("export", "--type", "polcy");
        assertEquals(ExitCodes.USAGE, export.exitCode());
        assertTrue(export.err().contains("type must be one of"), export.err());
        assertEquals(0, sample("search", "frivillighet", "--type", "policy", "--year", "2015").exitCode());
    }

    @Test
    void noMatchIsExitZeroWithAnEmptyResult() throws Exception {
        CliRun search = sample("search", "zzqxnotaword", "--json");
        assertEquals(0, search.exitCode(), search.err());
        assertEquals(0, JSON.readTree(search.out()).path("total").asInt());
        CliRun measure = sample("measure", "zzqxnotaword", "--json");
        assertEquals(0, measure.exitCode(), measure.err());
        assertEquals(0, JSON.readTree(measure.out()).path("measures").size());
        assertFalse(JSON.readTree(measure.out()).path("partial").asBoolean(true));
        for (String command : List.of("org", "person")) {
            CliRun json = sample(command, "Ingen Slik Zzqx", "--json");
            assertEquals(0, json.exitCode(), command + ": " + json.err());
            JsonNode profile = JSON.readTree(json.out());
            assertEquals("Ingen Slik Zzqx", profile.path("query").asText());
            assertEquals(0, profile.path("documents").size());
            CliRun text = sample(command, "Ingen Slik Zzqx");
            assertEquals(0, text.exitCode());
            assertTrue(text.out().contains("no " + (command.equals("org") ? "organisation" : "person")
                    + " named \"Ingen Slik Zzqx\""), text.out());
        }
    }

    @Test
    void aMissingIndexIsExitOneWithAMessageAndNoFolderCreated() {
        Path missing = tmp.resolve("no-index");
        List<String[]> calls = List.of(new String[] {"search", "x"}, new String[] {"export"},
                new String[] {"stats"}, new String[] {"runs"}, new String[] {"org", "x"}, new String[] {"person", "x"},
                new String[] {"measure", "x"}, new String[] {"serve", "--port", "0"});
        for (String[] call : calls) {
            String[] args = java.util.Arrays.copyOf(call, call.length + 2);
            args[call.length] = "--index";
            args[call.length + 1] = missing.toString();
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.FATAL, r.exitCode(), call[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains("no index at " + missing) && r.err().contains("muni ingest"), call[0] + ": " + r.err());
            assertFalse(Files.exists(missing), call[0] + " created " + missing);
        }
    }

    @Test
    void ingestOptionsThatCannotWorkAreRefusedWithWhatToDo() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("c"));
        Path pdf = Files.writeString(corpus.resolve("some.pdf"), "%PDF-1.4");
        Path index = tmp.resolve("i");
        assertRefused(CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--threads", "0"),
                "--threads must be at least 1");
        assertRefused(CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--max-file-mb", "0"),
                "--max-file-mb must be at least 1");
        assertRefused(CliRun.of("ingest", corpus.toString(), "--index", index.toString(), "--timeout", "0"),
                "--timeout must be at least 1");
        assertRefused(CliRun.of("ingest", pdf.toString(), "--index", index.toString()),
                pdf + " is a file; muni ingest reads folders: give the folder that holds it (" + corpus + ")");
        assertFalse(Files.exists(index), "a refused ingest creates no index");
    }

    private static void assertRefused(CliRun r, String message) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void queryMistakesAreExplainedNotLuceneLexerErrors() {
        assertQueryMistake("\"frivillig arbeid", "never closed");
        assertQueryMistake("*frivillig", "cannot start with * or ?");
        assertQueryMistake("frivillig AND (kultur", "every ( needs its )");
        assertQueryMistake("frivillig AND", "AND needs a word on both sides");
    }

    private static void assertQueryMistake(String query, String explanation) {
        CliRun r = sample("search", query);
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.out());
        assertTrue(r.err().contains(explanation), query + ": " + r.err());
        assertFalse(r.err().contains("Lexical error") || r.err().contains("Encountered"), r.err());
    }

    @Test
    void orgPrintsCountsByTypeAsWordsNotAJavaMap() {
        CliRun r = sample("org", "Røde Kors");
        assertEquals(0, r.exitCode(), r.err());
        String byType = r.out().lines().filter(l -> l.contains("by type:")).findFirst().orElseThrow();
        assertTrue(Pattern.compile("by type: minutes \\d+").matcher(byType).find(), byType);
        assertFalse(byType.contains("{") || byType.contains("="), byType);
    }

    @Test
    void statsListsYearsOldestFirstAndCountsUndatedDocuments() {
        CliRun r = sample("stats");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        int from = lines.indexOf("by year:") + 1;
        List<String> years = new ArrayList<>();
        long sum = 0;
        for (int i = from; i < lines.size() && lines.get(i).startsWith("  "); i++) {
            String[] parts = lines.get(i).strip().split("\\s+");
            years.add(parts[0]);
            sum += Long.parseLong(parts[1]);
        }
        List<String> dated = years.stream().filter(y -> y.matches("\\d{4}")).toList();
        assertEquals(dated.stream().sorted().toList(), dated, "oldest first: " + years);
        long works = Long.parseLong(lines.getFirst().replace("works: ", "").strip());
        assertEquals(works, sum, "years plus undated add up to all works: " + r.out());
        if (years.contains("undated")) {
            assertEquals("undated", years.getLast());
        }
    }

    @Test
    void exportToAFolderThatDoesNotExistSaysSo() {
        CliRun r = sample("export", "--out", "/no/dir/x.json");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("cannot write /no/dir/x.json: the folder /no/dir does not exist"), r.err());
    }
}
