package no.muni.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.muni.export.JsonExporter;
import no.muni.index.DocumentIndex;
import no.muni.index.IndexView;

@Command(name = "export", description = "Write every indexed document as JSON {\"documents\": [...]}.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (IndexView view = DocumentIndex.at(index.dir).openView();
             OutputStream os = new BufferedOutputStream(out == null ? nonClosing(System.out) : Files.newOutputStream(out))) {
            new JsonExporter().export(view, os);
        }
        return ExitCodes.OK;
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
