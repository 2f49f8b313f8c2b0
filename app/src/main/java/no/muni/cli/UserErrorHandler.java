package no.muni.cli;

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
        if (ex instanceof no.muni.solr.PartitionLockedException) {
            cmd.getErr().println("muni: " + ex.getMessage());
            return ExitCodes.LOCKED;
        }
        String message = describe(ex);
        cmd.getErr().println("muni: error: " + message);
        return ExitCodes.FATAL;
    }

    /**
     * The message, or for file-system errors (whose message is only the path) what happened to the path.
     */
    static String describe(Throwable ex) {
        Throwable cause = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
        String detail = switch (cause) {
            case java.nio.file.NoSuchFileException e -> "no such file or folder: " + e.getFile();
            case java.nio.file.AccessDeniedException e -> "permission denied: " + e.getFile();
            case java.nio.file.FileAlreadyExistsException e -> "already exists: " + e.getFile();
            case java.nio.file.NotDirectoryException e -> "not a folder: " + e.getFile();
            case java.nio.file.FileSystemException e -> e.getFile() + ": " + e.getReason();
            default -> null;
        };
        if (detail != null) {
            return ex == cause || ex.getMessage() == null ? detail : ex.getMessage() + " (" + detail + ")";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
