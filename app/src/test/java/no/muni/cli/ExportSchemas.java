package no.muni.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The export's JSON Schemas in docs/schema/, loaded from the repository (not from the web). */
final class ExportSchemas {

    private static final String ID_PREFIX = "https://muni.example/schema/";

    private final SchemaRegistry registry;

    ExportSchemas() {
        Path dir = TestPaths.corpus().resolveSibling("docs").resolve("schema").toAbsolutePath();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(id -> id.startsWith(ID_PREFIX) ? read(dir.resolve(id.substring(ID_PREFIX.length()))) : null));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors of a {@code --format json} or {@code aggregates} export; empty when it conforms. */
    List<Error> export(JsonNode export) {
        return schema("export.schema.json").validate(export);
    }

    /** Errors of one {@code --format ndjson} line. */
    List<Error> ndjsonLine(JsonNode line) {
        return schema("export-ndjson-line.schema.json").validate(line);
    }

    private Schema schema(String file) {
        return registry.getSchema(SchemaLocation.of(ID_PREFIX + file));
    }
}
