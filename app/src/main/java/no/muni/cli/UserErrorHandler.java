package no.muni.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import picocli.CommandLine;

/**
 * Turns exceptions from commands into one-line messages and exit codes. A user never sees a stack
 * trace for a problem they can fix; set MUNI_DEBUG=1 to see it anyway.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (System.getenv("MUNI_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        if (ex instanceof UsageException) {
            cmd.getErr().println("muni: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        String message = ex instanceof IOException io ? IoErrors.describe(io)
                : ex instanceof UncheckedIOException unchecked ? unchecked.getMessage() + ": " + IoErrors.reason(unchecked)
                : ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("muni: error: " + message);
        return ExitCodes.FATAL;
    }
}
