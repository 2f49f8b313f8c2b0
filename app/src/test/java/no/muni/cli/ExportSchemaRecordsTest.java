package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;

import no.muni.index.ExportJson;
import no.muni.model.ExportDocument;

/**
 * The export's JSON Schema (docs/schema) and the records that write the export describe the same
 * fields, all the way down: every component the serialiser writes is a property of the schema, every
 * property of the schema is written, and every one is required (the contract never leaves a field out).
 * A record changed without its schema, or the other way round, fails here.
 */
class ExportSchemaRecordsTest {

    private final ObjectMapper mapper = ExportJson.mapper();
    private JsonNode root;

    @Test
    void theDocumentSchemaDescribesExactlyTheRecordsFields() throws IOException {
        Path schema = TestPaths.corpus().resolveSibling("docs").resolve("schema").resolve("export.schema.json");
        root = new ObjectMapper().readTree(Files.readString(schema));
        List<String> problems = new ArrayList<>();
        compare(mapper.constructType(ExportDocument.class), root.at("/$defs/document"), "document", problems);
        assertEquals(List.of(), problems);
    }

    private void compare(JavaType type, JsonNode schema, String where, List<String> problems) {
        JsonNode node = resolve(schema);
        if (type.isCollectionLikeType()) {
            compare(type.getContentType(), node.path("items"), where + "[]", problems);
        } else if (type.isEnumType()) {
            Set<String> written = new TreeSet<>();
            for (Object constant : type.getRawClass().getEnumConstants()) {
                written.add(mapper.convertValue(constant, String.class));
            }
            Set<String> allowed = new TreeSet<>();
            node.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    allowed.add(v.asText());
                }
            });
            if (!written.equals(allowed)) {
                problems.add(where + ": the enum writes " + written + ", the schema allows " + allowed);
            }
        } else if (isObject(type)) {
            Map<String, JavaType> components = components(type);
            Set<String> properties = new TreeSet<>();
            node.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new TreeSet<>();
            node.path("required").forEach(r -> required.add(r.asText()));
            if (!components.keySet().equals(properties)) {
                problems.add(where + ": the record writes " + new TreeSet<>(components.keySet())
                        + ", the schema describes " + properties);
            }
            if (!required.equals(properties)) {
                problems.add(where + ": the schema does not require all its properties " + properties);
            }
            components.forEach((name, componentType) -> {
                if (properties.contains(name)) {
                    compare(componentType, node.path("properties").path(name), where + "." + name, problems);
                }
            });
        }
    }

    /** The properties the serialiser writes for {@code type}, with unwrapped parts inlined in place. */
    private Map<String, JavaType> components(JavaType type) {
        Map<String, JavaType> out = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : mapper.getSerializationConfig().introspect(type).findProperties()) {
            if (!p.couldSerialize()) {
                continue;
            }
            JavaType propertyType = p.getPrimaryType();
            if (p.getAccessor() != null && p.getAccessor().hasAnnotation(JsonUnwrapped.class)
                    || p.getPrimaryMember().hasAnnotation(JsonUnwrapped.class)) {
                out.putAll(components(propertyType));
            } else {
                out.put(p.getName(), propertyType);
            }
        }
        return out;
    }

    private static boolean isObject(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isPrimitive() && !raw.getName().startsWith("java.") && raw != LocalDate.class;
    }

    /** Follows {@code $ref} and the {@code anyOf [{$ref}, {type: null}]} of nullable objects. */
    private JsonNode resolve(JsonNode node) {
        if (node.has("anyOf")) {
            for (Iterator<JsonNode> it = node.path("anyOf").elements(); it.hasNext(); ) {
                JsonNode alternative = it.next();
                if (!"null".equals(alternative.path("type").asText())) {
                    return resolve(alternative);
                }
            }
        }
        if (node.has("$ref")) {
            return resolve(root.at(node.path("$ref").asText().substring(1)));
        }
        return node;
    }
}
