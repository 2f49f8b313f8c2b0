package no.muni.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.muni.index.IndexView;

/**
 * Writes {@code {"documents": [...]}} from the stored export documents, streaming one document at a
 * time so memory stays flat for any index size.
 */
public final class JsonExporter {

    private final ObjectMapper mapper = new ObjectMapper();

    public long export(IndexView view, OutputStream out) {
        JsonFactory factory = mapper.getFactory();
        long[] count = {0};
        try (JsonGenerator gen = factory.createGenerator(out, JsonEncoding.UTF8)) {
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeArrayFieldStart("documents");
            view.forEachJson(json -> {
                try {
                    gen.writeTree(mapper.readTree(json));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
        return count[0];
    }
}
