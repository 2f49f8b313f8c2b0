package no.muni.cli;

import java.io.PrintWriter;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import no.muni.ingest.Change;
import no.muni.ingest.IngestListener;
import no.muni.ingest.SourceFile;

/**
 * Shows a run's progress: a progress bar on a terminal, a log line every few seconds otherwise
 * (cron mail and CI logs stay readable).
 */
final class ProgressReporter implements IngestListener, AutoCloseable {

    private static final long LOG_EVERY_MILLIS = 10_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private ProgressBar bar;
    private int total;
    private int done;
    private long lastLog = System.currentTimeMillis();

    private ProgressReporter(PrintWriter err, boolean terminal, boolean quiet) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    static ProgressReporter forConsole(PrintWriter err, boolean quiet) {
        return new ProgressReporter(err, isTerminal(), quiet);
    }

    /**
     * On Java 21 {@code System.console()} is null unless stdin and stdout are a terminal; from Java 22
     * it always exists and {@code Console.isTerminal()} (looked up reflectively, as 21 lacks it) tells.
     */
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void started(int files) {
        total = files;
        if (quiet) {
            return;
        }
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
        } else {
            err.println("ingest: " + files + " files to check");
            err.flush();
        }
    }

    @Override
    public synchronized void fileDone(SourceFile file, Change change, String failureReason) {
        done++;
        if (quiet) {
            return;
        }
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastLog >= LOG_EVERY_MILLIS) {
            lastLog = now;
            err.println("ingest: " + done + "/" + total + " files checked");
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
