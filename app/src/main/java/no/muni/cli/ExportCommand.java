package no.muni.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.Exporter;
import no.muni.model.DocType;

@Command(name = "export", description = {
        "Write the indexed documents in id order as JSON, NDJSON or dashboard aggregates.",
        "json is {\"generatedAt\", \"pipelineVersion\", \"indexRun\", "
                + "\"filter\", \"documents\": [...], \"aggregates\"}, ndjson one document per line, aggregates "
                + "the json object without documents. Schemas: docs/schema/.",
        "generatedAt is when the index's last run finished, so the same index always exports the same bytes."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json, ndjson or aggregates (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only documents dated on or after DATE (YYYY-MM-DD); undated ones are left out.")
    String since;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only documents of this docType: ${COMPLETION-CANDIDATES}.",
            completionCandidates = DocTypes.class)
    String type;

    @Override
    public Integer call() throws Exception {
        ExportFilter filter = filter();
        if (out != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
            throw new UsageException("cannot write " + out + ": the folder " + out.toAbsolutePath().getParent()
                    + " does not exist; create it or choose another --out");
        }
        try (var opened = archive.open();
             OutputStream os = new BufferedOutputStream(out == null ? nonClosing(System.out) : open(out))) {
            // the header names the index's latest run (a collection's: its latest worker's run)
            new Exporter(opened.runs().exportHeader()).export(opened.archive(), filter, format, os);
        } catch (IOException e) {
            // the handler adds what happened to which file
            throw new UncheckedIOException("cannot write the export" + (out == null ? "" : " to " + out), e);
        }
        return ExitCodes.OK;
    }

    private static OutputStream open(Path file) throws IOException {
        return Files.newOutputStream(file);
    }

    /** Standard output stays open for whoever runs muni in-process. */
    private static OutputStream nonClosing(OutputStream os) {
        return new FilterOutputStream(os) {
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

    private ExportFilter filter() {
        try {
            return ExportFilter.parse(since, type);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + e.getMessage());
        }
    }

    /** The document types, for the help text. */
    static final class DocTypes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return DocType.CODES.iterator();
        }
    }
}
