package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import no.muni.model.ExportDocument;

/**
 * The one place the export contract meets JSON: an {@link ExportDocument} written as the compact JSON
 * the index stores and exports, and read back into the records. Everything else reads the records'
 * components, never fields by name, so a renamed field cannot go unnoticed.
 */
public final class ExportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ExportJson() {
    }

    /** The mapper that writes and reads export documents, for streaming writers that embed them. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ExportDocument doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.id(), e);
        }
    }

    /** @throws UncheckedIOException when {@code json} is not an export document */
    public static ExportDocument read(String json) {
        try {
            return MAPPER.readValue(json, ExportDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored export JSON is not an export document", e);
        }
    }
}
