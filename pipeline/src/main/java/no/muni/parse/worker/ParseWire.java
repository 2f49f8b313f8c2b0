package no.muni.parse.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.PageBreak;
import no.muni.model.Paragraph;
import no.muni.model.Table;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseResult;

/**
 * The framing between parent and worker: a request is the file's URI (which keeps the bytes of
 * names that are not UTF-8), a reply is a length-prefixed JSON {@link Reply}, the parse result or
 * the reason it failed. Blocks travel with their kind, as Jackson cannot tell them apart otherwise.
 */
final class ParseWire {

    /** The largest reply accepted; the text limit keeps real replies far below it. */
    private static final int MAX_REPLY_BYTES = 512 * 1024 * 1024;

    private static final int READY = 0x4d554e49; // "MUNI"

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule()) // an e-mail's sent time
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // derived values such as Table.text()
            .addMixIn(Block.class, BlockKinds.class);

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = ListItem.class, name = "listItem"),
            @JsonSubTypes.Type(value = Table.class, name = "table"),
            @JsonSubTypes.Type(value = PageBreak.class, name = "pageBreak")})
    private interface BlockKinds {
    }

    /**
     * Exactly one of {@code result} and {@code failure} is set; see {@link ParseFailure#dependsOnSetup()}. Every
     * reply also tells the state of the worker's heap, measured by the worker as it replies.
     */
    record Reply(ParseResult result, String failure, boolean failureDependsOnSetup, WorkerHeap heap) {

        static Reply of(ParseResult result) {
            return new Reply(result, null, false, WorkerHeap.now());
        }

        static Reply of(ParseFailure failure) {
            return new Reply(null, failure.reason(), failure.dependsOnSetup(), WorkerHeap.now());
        }

        /** The failure as the parent throws it. */
        ParseFailure toFailure() {
            return failureDependsOnSetup ? ParseFailure.ofSetup(failure) : new ParseFailure(failure);
        }
    }

    private ParseWire() {
    }

    /** A worker says it is ready (its parsers loaded) before the first request. */
    static void writeReady(DataOutputStream out) throws IOException {
        out.writeInt(READY);
        out.flush();
    }

    static void readReady(DataInputStream in) throws IOException {
        int signal = in.readInt();
        if (signal != READY) {
            throw new IOException("garbled start of the parser process (" + signal + ")");
        }
    }

    static void writeRequest(DataOutputStream out, String fileUri) throws IOException {
        out.writeUTF(fileUri);
        out.flush();
    }

    static String readRequest(DataInputStream in) throws IOException {
        return in.readUTF();
    }

    static void writeReply(DataOutputStream out, Reply reply) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(reply);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    static Reply readReply(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_REPLY_BYTES) {
            throw new IOException("garbled reply from the parser process (" + length + " bytes announced)");
        }
        return JSON.readValue(in.readNBytes(length), Reply.class);
    }
}
