package no.muni.ingest;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.muni.index.DocumentSink;
import no.muni.index.IndexedVersion;
import no.muni.parse.ParseFailure;
import no.muni.pipeline.DocumentProcessor;
import no.muni.pipeline.Stage;
import no.muni.pipeline.StageTimes;

/**
 * The work of one source file in a run: fingerprint it, skip it when the index already holds these
 * bytes from this pipeline, otherwise process it and replace its documents in the index. Whatever
 * happens ends up in the {@link RunTally} and the listener; a failure never escapes to the run.
 */
final class FileTask {

    private static final Logger LOG = LoggerFactory.getLogger(FileTask.class);

    private final DocumentProcessor processor;
    private final DocumentSink writer;
    private final FailureMemory failed;
    private final IngestOptions options;
    private final StageTimes times;
    private final RunTally tally;
    private final IngestListener listener;
    private final AtomicLong sinceCommit = new AtomicLong();

    FileTask(DocumentProcessor processor, DocumentSink writer, FailureMemory failed, IngestOptions options,
             StageTimes times, RunTally tally, IngestListener listener) {
        this.processor = processor;
        this.writer = writer;
        this.failed = failed;
        this.options = options;
        this.times = times;
        this.tally = tally;
        this.listener = listener;
    }

    /** Processes one file; {@code known} is what the index holds for its id (null when new). */
    void run(SourceFile file, IndexedVersion known) {
        Change change;
        String reason = null;
        long started = System.nanoTime();
        Outcome outcome = new Outcome();
        try {
            change = process(file, known, outcome);
        } catch (ParseFailure e) {
            change = Change.FAILED;
            reason = e.reason();
        } catch (IOException e) {
            change = Change.FAILED;
            reason = "cannot read: " + e.getMessage();
        } catch (RuntimeException e) {
            change = Change.FAILED;
            reason = InternalError.reason(e);
            LOG.debug("internal error while processing {}", file.path(), e);
        }
        long millis = (System.nanoTime() - started - outcome.parserStartup.toNanos()) / 1_000_000;
        tally.done(file, change, reason, millis);
        if (outcome.ocrPages > 0) {
            tally.ocr(outcome.ocrPages, millis);
        }
        if ((change == Change.NEW || change == Change.CHANGED)
                && sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
            writer.commit();
        }
        listener.fileDone(file, change, reason);
    }

    /** What a processed file tells the tally beyond its change. */
    private static final class Outcome {
        int ocrPages;
        /** Spent starting a parser worker before the file's parse: the pool's cost, not the file's. */
        Duration parserStartup = Duration.ZERO;
    }

    private Change process(SourceFile file, IndexedVersion known, Outcome outcome) throws IOException, ParseFailure {
        long f0 = System.nanoTime();
        String sha = Fingerprint.sha256(file.path());
        times.add(Stage.FINGERPRINT, System.nanoTime() - f0);
        boolean current = known != null && known.sha256().equals(sha)
                && processor.version().equals(known.pipelineVersion());
        if (current && !options.reprocess()) {
            return Change.UNCHANGED;
        }
        FailureStore.Failure before = failed.get(file.id());
        if (before != null && before.sha256().equals(sha) && processor.version().equals(before.pipelineVersion())
                && !options.reprocess()) {
            throw new ParseFailure(before.reason() + " (unchanged since it last failed)");
        }
        DocumentProcessor.Processed processed;
        try {
            processed = processor.process(file.path(),
                    new DocumentProcessor.Origin(file.id(), file.root().name(), file.relativePath(), sha));
        } catch (ParseFailure e) {
            outcome.parserStartup = processor.parserStartupOfLastFile();
            if (e.dependsOnSetup()) {
                failed.forget(file.id()); // e.g. OCR installed before the next run: try again then
            } else {
                failed.remember(file.id(), new FailureStore.Failure(sha, processor.version(), e.reason()));
            }
            throw e;
        } catch (RuntimeException e) {
            // a bug of ours: the same bytes through the same pipeline fail the same way, so remember it too
            failed.remember(file.id(), new FailureStore.Failure(sha, processor.version(), InternalError.reason(e)));
            throw e;
        }
        outcome.parserStartup = processor.parserStartupOfLastFile();
        failed.forget(file.id());
        long i0 = System.nanoTime();
        writer.replaceGroup(file.id(), processed.documents());
        times.add(Stage.INDEX, System.nanoTime() - i0);
        tally.documentsWritten(processed.documents().size());
        outcome.ocrPages = processed.ocrPages();
        processed.warnings().forEach(w -> tally.warning(file.path().toString(), w));
        return known == null ? Change.NEW : Change.CHANGED;
    }
}
