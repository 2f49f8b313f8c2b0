package no.muni.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

import no.muni.index.ExportJson;
import no.muni.index.IndexView;
import no.muni.model.ExportDocument;

/**
 * Writes an index's documents in the export contract, streaming one document at a time in id order,
 * so memory stays flat for any index size and the same index always gives the same bytes. The
 * command line and the HTTP server both export through this.
 */
public final class Exporter {

    private final ExportHeader header;

    public Exporter(ExportHeader header) {
        this.header = header;
    }

    /** Where an export reads its documents: any {@link no.muni.index.Archive}, embedded index or SolrCloud collection. */
    @FunctionalInterface
    public interface Source {
        /** Every stored document the filter selects, with its work, in id order. */
        void forEachDocument(ExportFilter filter, Consumer<IndexView.StoredDocument> sink);
    }

    /**
     * Writes the documents the filter selects, every rendition with its {@code workId}; returns how many
     * works they are (the json formats) or how many documents were written (ndjson). Does not close
     * {@code out}.
     */
    public long export(Source view, ExportFilter filter, ExportFormat format, OutputStream out) {
        try {
            return switch (format) {
                case JSON -> json(view, filter, true, out);
                case AGGREGATES -> json(view, filter, false, out);
                case NDJSON -> ndjson(view, filter, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }

    /**
     * {@code {"generatedAt", "pipelineVersion", "indexRun", "filter", "documents": [...], "aggregates"}};
     * without {@code documents} when only the aggregates are asked for.
     */
    private long json(Source view, ExportFilter filter, boolean withDocuments, OutputStream out)
            throws IOException {
        Aggregates aggregates = new Aggregates();
        try (JsonGenerator gen = ExportJson.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeStringField("generatedAt", header.generatedAt() == null ? null : header.generatedAt().toString());
            gen.writeStringField("pipelineVersion", header.pipelineVersion());
            gen.writeStringField("indexRun", header.indexRun());
            gen.writeObjectFieldStart("filter");
            gen.writeStringField("since", filter.since() == null ? null : filter.since().toString());
            gen.writeStringField("docType", filter.docType());
            gen.writeEndObject();
            if (withDocuments) {
                gen.writeArrayFieldStart("documents");
            }
            Set<String> worksSeen = new HashSet<>();
            view.forEachDocument(filter, stored -> {
                try {
                    ExportDocument doc = withWork(stored);
                    // a work with several renditions counts once; only such works are remembered
                    if (stored.renditions() < 2 || worksSeen.add(stored.workId())) {
                        aggregates.accept(doc);
                    }
                    if (withDocuments) {
                        gen.writeObject(doc);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the export", e);
                }
            });
            if (withDocuments) {
                gen.writeEndArray();
            }
            gen.writeFieldName("aggregates");
            aggregates.write(gen);
            gen.writeEndObject();
        }
        return aggregates.documents();
    }

    /**
     * The stored export document with its {@code workId} (see README, "Works and renditions") and, for an
     * e-mail, its {@code threadId} (README, "E-mail").
     */
    private static ExportDocument withWork(IndexView.StoredDocument stored) {
        return ExportJson.read(stored.json()).withWorkId(stored.workId()).withThreadId(stored.threadId());
    }

    /** One document per line (compact JSON never contains a raw line break). */
    private static long ndjson(Source view, ExportFilter filter, OutputStream out) throws IOException {
        long[] count = {0};
        view.forEachDocument(filter, stored -> {
            try {
                out.write(ExportJson.write(withWork(stored)).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the export", e);
            }
        });
        out.flush();
        return count[0];
    }
}
