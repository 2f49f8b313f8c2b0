package no.muni.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code muni} command line. */
@Command(name = "muni",
        mixinStandardHelpOptions = true,
        version = "muni 0.1.0",
        description = "Turns Norwegian municipal documents into structured, searchable knowledge.",
        subcommands = {
                CommandLine.HelpCommand.class,
                TrainCommand.class,
                EvalCommand.class,
                BenchTagCommand.class,
        })
public final class Muni implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Muni());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        return cli.execute(args);
    }
}
