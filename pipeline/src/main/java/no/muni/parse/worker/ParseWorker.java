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
import java.nio.file.Path;
import java.time.Duration;

import no.muni.parse.OcrOptions;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseLimits;
import no.muni.parse.TikaDocumentParser;

/**
 * The child side: parses the files its parent names on standard input, one at a time, and replies
 * on standard output until the input ends. Arguments: max file bytes, max text characters, max
 * depth, max embedded documents, OCR mode, OCR page seconds, OCR languages.
 */
public final class ParseWorker {

    private ParseWorker() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the replies; anything a library prints goes to standard error.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        TikaDocumentParser parser = new TikaDocumentParser(limits(args), ocr(args));
        parser.load();
        ParseWire.writeReady(out);
        while (true) {
            String uri;
            try {
                uri = ParseWire.readRequest(in);
            } catch (EOFException e) {
                return; // the parent is done with this worker
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
    static String[] arguments(ParseLimits limits, OcrOptions ocr) {
        return new String[] {Long.toString(limits.maxFileBytes()), Integer.toString(limits.maxTextChars()),
                Integer.toString(limits.maxDepth()), Integer.toString(limits.maxEmbedded()), ocr.mode().name(),
                Long.toString(ocr.pageTimeout().toSeconds()), ocr.languages()};
    }

    private static ParseLimits limits(String[] args) {
        return new ParseLimits(Duration.ZERO, Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    private static OcrOptions ocr(String[] args) {
        return new OcrOptions(OcrOptions.Mode.valueOf(args[4]), Duration.ofSeconds(Long.parseLong(args[5])), args[6]);
    }
}
