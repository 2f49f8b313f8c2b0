package no.muni.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexLockedException;
import no.muni.ingest.FileFailure;
import no.muni.ingest.IngestDestination;
import no.muni.ingest.Partition;
import no.muni.ingest.IngestOptions;
import no.muni.ingest.IngestRun;
import no.muni.ingest.MissingRootException;
import no.muni.ingest.RootNameClashException;
import no.muni.ingest.RunReport;
import no.muni.parse.OcrOptions;
import no.muni.parse.ParseLimits;
import no.muni.parse.Tesseract;
import no.muni.parse.worker.IsolatedParser;
import no.muni.pipeline.Pipelines;
import no.muni.solr.SolrCollection;
import no.muni.solr.SolrDestination;

@Command(name = "ingest", description = {
        "Index the documents under one or more folders (new and changed files only).",
        "Exit codes: 0 all processed, 3 some failed or a folder is missing (listed), 2 usage error, 1 fatal, "
                + "4 another muni ingest holds the index (nothing was changed)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    SolrOption solr;

    @Option(names = "--partition", paramLabel = "I/N",
            description = "With --solr: take only the files whose id hashes to partition I of N (1-based); run N "
                    + "workers, on one or many machines, with the same N (default: every file).")
    String partition;

    @Option(names = "--lock-ttl", paramLabel = "SECONDS", defaultValue = "120",
            description = "With --solr: a dead worker's partition lock expires after this long (default: ${DEFAULT-VALUE}).")
    int lockTtlSeconds;

    @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Folders to ingest.")
    List<Path> folders;

    @Option(names = "--threads", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit for parsing one file (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "200",
            description = "Files larger than this are skipped (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--reprocess", description = "Process every file again, even when unchanged.")
    boolean reprocess;

    @Option(names = "--commit-every", paramLabel = "FILES", defaultValue = "1000",
            description = "Commit after this many new or changed files (default: ${DEFAULT-VALUE}); a crash loses "
                    + "at most the work since the last commit, which the next run redoes.")
    int commitEvery;

    @Option(names = "--quiet", description = "Print only the summary and failures.")
    boolean quiet;

    @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
            description = "Read scans with Tesseract OCR: auto (images and PDF pages with no or little text), "
                    + "always (every PDF page and embedded image too), off (default: ${DEFAULT-VALUE}).")
    OcrOptions.Mode ocrMode;

    @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Time limit for OCR of one page or image (default: ${DEFAULT-VALUE}); --timeout still "
                    + "bounds the whole file.")
    int ocrPageTimeoutSeconds;

    @Option(names = "--parse-in", paramLabel = "WHERE", defaultValue = "child",
            description = "child: parse (and OCR) each file in a child JVM killed at --timeout, so a file that "
                    + "hangs or bombs costs only itself; process: in this JVM, faster on trusted files "
                    + "(default: ${DEFAULT-VALUE}).")
    ParseIn parseIn;

    @Option(names = "--parser-heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "Heap limit of each child parser JVM, as for java -Xmx (default: ${DEFAULT-VALUE}).")
    String parserHeap;

    /** Where files are parsed. */
    enum ParseIn { CHILD, PROCESS }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkOptions();
        boolean toSolr = solr.given();
        Partition part = partition();
        if (folders.stream().noneMatch(Files::isDirectory) && (toSolr || !DocumentIndex.at(index.dir).exists())) {
            Path missing = folders.stream().filter(f -> !Files.isDirectory(f)).findFirst().orElse(folders.getFirst());
            throw new UsageException("folder not found: " + missing);
        }
        ParseLimits limits = ParseLimits.defaults().withTimeout(Duration.ofSeconds(timeoutSeconds))
                .withMaxFileBytes(maxFileMb * 1024 * 1024);
        OcrOptions ocr = OcrOptions.defaults().withMode(ocrMode).withPageTimeout(Duration.ofSeconds(ocrPageTimeoutSeconds));
        if (ocr.mode() != OcrOptions.Mode.OFF) {
            Tesseract.missing(ocr.languages()).ifPresent(problem -> err.println("muni: warning: OCR is not available: "
                    + problem + " (" + Tesseract.INSTALL_HINT + "); scanned PDFs and images will be reported as "
                    + "needing OCR"));
        }
        IngestOptions options = new IngestOptions(threads == null ? IngestOptions.defaults().threads() : threads,
                commitEvery, reprocess);
        RunReport report;
        try (ProgressReporter progress = ProgressReporter.forConsole(err, quiet);
             SolrCollection collection = toSolr ? solr.connect() : null) {
            IngestDestination destination = toSolr
                    ? new SolrDestination(collection, part, Duration.ofSeconds(lockTtlSeconds))
                    : IngestDestination.of(DocumentIndex.at(index.dir));
            report = new IngestRun(parseIn == ParseIn.CHILD
                    ? Pipelines.isolated(limits, ocr, new IsolatedParser.Settings(parserHeap, IsolatedParser.Settings.defaults().filesPerWorker()))
                    : Pipelines.standard(limits, ocr), options).run(folders, destination, progress);
        } catch (MissingRootException | RootNameClashException e) {
            throw new UsageException(e.getMessage());
        } catch (IndexLockedException e) {
            err.println("muni: " + e.getMessage());
            return ExitCodes.LOCKED;
        }
        print(report, out, err, toSolr ? "the run report in collection " + solr.collection + " (recordType:run)"
                : DocumentIndex.at(index.dir).runsDir().toString());
        return report.hasFailures() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Options that cannot work, refused before anything is read or written. */
    private void checkOptions() {
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1 (it was " + threads + "); leave it out to use one "
                    + "thread per core");
        }
        if (timeoutSeconds < 1) {
            throw new UsageException("--timeout must be at least 1 second (it was " + timeoutSeconds + ")");
        }
        if (maxFileMb < 1) {
            throw new UsageException("--max-file-mb must be at least 1 (it was " + maxFileMb + ")");
        }
        if (commitEvery < 1) {
            throw new UsageException("--commit-every must be at least 1 (it was " + commitEvery + ")");
        }
        if (!parserHeap.matches("\\d+[kKmMgG]?")) {
            throw new UsageException("--parser-heap must be a size such as 512m or 1g (it was " + parserHeap + ")");
        }
        if (lockTtlSeconds < 5) {
            throw new UsageException("--lock-ttl must be at least 5 seconds (it was " + lockTtlSeconds + ")");
        }
        if (ocrPageTimeoutSeconds < 1) {
            throw new UsageException("--ocr-page-timeout must be at least 1 second (it was " + ocrPageTimeoutSeconds + ")");
        }
        for (Path folder : folders) {
            if (Files.isRegularFile(folder)) {
                throw new UsageException(folder + " is a file; muni ingest reads folders: give the folder that "
                        + "holds it (" + folder.toAbsolutePath().getParent() + ") or put the file in a folder of its own");
            }
        }
    }

    /** The partition a worker takes: every file unless --partition says otherwise (with --solr only). */
    private Partition partition() {
        if (partition == null) {
            return Partition.ALL;
        }
        if (solr.solr == null) {
            throw new UsageException("--partition needs --solr: partitioned workers share a SolrCloud collection");
        }
        try {
            return Partition.parse(partition);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--partition: " + e.getMessage());
        }
    }

    private void print(RunReport r, PrintWriter out, PrintWriter err, String reportPlace) {
        RunReport.Counts c = r.counts();
        double seconds = r.wallMillis() / 1000.0;
        long processed = c.newFiles() + c.changed();
        out.printf(Locale.ROOT, "%d files: %d new, %d changed, %d unchanged, %d deleted, %d failed%s; "
                        + "%d documents written in %.2f s (%.1f files/s processed)%n",
                c.seen(), c.newFiles(), c.changed(), c.unchanged(), c.deleted(), c.failed(),
                c.skipped() > 0 ? ", " + c.skipped() + " skipped" : "", c.documents(), seconds,
                seconds > 0 ? processed / seconds : 0.0);
        if (r.ocr().pages() > 0) {
            out.printf(Locale.ROOT, "OCR: %d pages in %d files (%.1f s per page, whole files' time)%n",
                    r.ocr().pages(), r.ocr().files(), r.ocr().millis() / 1000.0 / r.ocr().pages());
        }
        for (FileFailure f : r.failures()) {
            err.println("FAILED " + f.path() + ": " + f.reason());
        }
        for (FileFailure f : r.skipped()) {
            err.println("SKIPPED " + f.path() + ": " + f.reason());
        }
        if (!r.warnings().isEmpty() && !quiet) {
            err.println(r.warnings().size() + " warnings (embedded documents skipped or truncated); see " + reportPlace);
        }
        out.flush();
        err.flush();
    }
}
