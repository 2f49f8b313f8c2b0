package no.muni.parse.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import no.muni.parse.OcrOptions;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;

/**
 * The child side: parses the files its parent names on standard input, one at a time, and replies
 * on standard output until the input ends. Arguments: max file bytes, max text characters, max
 * depth, max embedded documents, OCR mode, OCR page seconds, OCR languages, the worker's folder
 * (its {@code java.io.tmpdir} is {@value #TMP} in it). A worker whose parent has gone (killed with
 * SIGKILL, so it could neither stop its workers nor delete their folders) ends itself, what it
 * started and its folder, instead of parsing on for nobody and leaving its temporary files behind.
 */
public final class ParseWorker {

    /** The folder in a worker's folder that is its {@code java.io.tmpdir}. */
    static final String TMP = "tmp";
    /** The exit status of a worker that ended because its parent had gone. */
    private static final int ORPHANED_EXIT = 4;

    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the replies; anything a library prints goes to standard error.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        Path folder = Path.of(args[7]);
        ProcessHandle parent = ProcessHandle.current().parent().orElseThrow();
        parent.onExit().thenRun(() -> endOrphaned(folder));
        TikaDocumentParser parser = new TikaDocumentParser(limits(args), ocr(args));
        parser.load();
        ParseWire.writeReady(out);
        while (true) {
            String uri;
            try {
                uri = ParseWire.readRequest(in);
            } catch (EOFException e) {
                if (!parent.isAlive()) {
                    endOrphaned(folder);
                }
                return; // the parent is done with this worker and deletes its folder
            }
            ParseWire.Reply reply;
            try {
                reply = ParseWire.Reply.of(parser.parse(Path.of(URI.create(uri))));
            } catch (ParseFailure e) {
                reply = ParseWire.Reply.of(e);
            } catch (RuntimeException | StackOverflowError e) {
                // a parser's bug costs this file only; the worker goes on with the next
                reply = ParseWire.Reply.of(new ParseFailure("parser failed (" + e.getClass().getSimpleName() + "): "
                        + e.getMessage()));
            }
            ParseWire.writeReply(out, reply);
        }
    }

    /** The arguments {@link #main} expects for these settings; the time limit is the parent's to keep. */
    static String[] arguments(ParseLimits limits, OcrOptions ocr, Path folder) {
        return new String[] {Long.toString(limits.maxFileBytes()), Integer.toString(limits.maxTextChars()),
                Integer.toString(limits.maxDepth()), Integer.toString(limits.maxEmbedded()), ocr.mode().name(),
                Long.toString(ocr.pageTimeout().toSeconds()), ocr.languages(), folder.toString()};
    }

    /**
     * Kills what this worker started (Tesseract), deletes its folder, and the pool's folder if that
     * is empty then (it is the last worker), and halts: no reply is awaited any more.
     */
    private static void endOrphaned(Path folder) {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        ScratchSpace.deleteTree(folder);
        try {
            Files.deleteIfExists(folder.getParent());
        } catch (IOException e) {
            // other workers' folders are still there; the next run deletes the pool's folder
        }
        Runtime.getRuntime().halt(ORPHANED_EXIT);
    }

    private static ParseLimits limits(String[] args) {
        return new ParseLimits(Duration.ZERO, Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    private static OcrOptions ocr(String[] args) {
        return new OcrOptions(OcrOptions.Mode.valueOf(args[4]), Duration.ofSeconds(Long.parseLong(args[5])), args[6]);
    }
}
