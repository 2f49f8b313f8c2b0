package no.muni.cli;

import java.io.PrintWriter;

import org.slf4j.bridge.SLF4JBridgeHandler;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code muni} command line. */
@Command(name = "muni",
        mixinStandardHelpOptions = true,
        version = "muni 0.1.0",
        description = "Turns Norwegian municipal documents into structured, searchable knowledge.",
        subcommands = {
                IngestCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                StatsCommand.class,
                SynthCommand.class,
                BenchCommand.class,
                OrgCommand.class,
                PersonCommand.class,
                MeasureCommand.class,
                CaseCommand.class,
                CasesCommand.class,
                ServeCommand.class,
                RunsCommand.class,
                SolrInitCommand.class,
                SolrConfigsetCommand.class,
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                EvalCommand.class,
                BenchTagCommand.class,
                BenchSearchCommand.class,
                BenchServeCommand.class,
                BenchHostileCommand.class,
        })
public final class Muni implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        // Lucene and some parsers log through java.util.logging; route it to the one logging config.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(execute(args));
    }

    /**
     * Gives every command and sub-command {@code --help} (and {@code --version}), so a user can ask any of
     * them how it is called; commands added later get it too.
     */
    private static void withHelpOptions(CommandLine cli) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
                spec.mixinStandardHelpOptions(true);
            }
            withHelpOptions(sub);
        }
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with its output going to the given writers; tests call this. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Muni());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        withHelpOptions(cli);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
