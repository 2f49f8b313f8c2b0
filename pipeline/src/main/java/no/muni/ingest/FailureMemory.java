package no.muni.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Remembers files that failed, by id, with the hash of the bytes that failed. A nightly run then
 * reports an unchanged broken file again without spending a parse (and its time limit) on it.
 * Kept beside the Lucene index as {@code failures.json}; losing it only costs re-parsing. Without a file
 * (a stateless SolrCloud worker) it lasts one run.
 */
final class FailureMemory {

    record Failure(String sha256, String pipelineVersion, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;
    private final Map<String, Failure> byId;

    private FailureMemory(Optional<Path> file, Map<String, Failure> byId) {
        this.file = file;
        this.byId = new ConcurrentHashMap<>(byId);
    }

    static FailureMemory load(Optional<Path> file) {
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return new FailureMemory(file, Map.of());
        }
        try {
            return new FailureMemory(file, JSON.readValue(file.get().toFile(), new TypeReference<Map<String, Failure>>() { }));
        } catch (IOException e) {
            // a damaged memory is only a cache: start afresh
            return new FailureMemory(file, Map.of());
        }
    }

    Failure get(String id) {
        return byId.get(id);
    }

    void remember(String id, Failure failure) {
        byId.put(id, failure);
    }

    void forget(String id) {
        byId.remove(id);
    }

    /** Drops entries of one root whose files no longer exist. */
    void retainOnly(String rootName, java.util.Set<String> seenIds) {
        byId.keySet().removeIf(id -> id.startsWith(rootName + "/") && !seenIds.contains(id));
    }

    void save() {
        if (file.isPresent()) {
            save(file.get());
        }
    }

    private void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new TreeMap<>(byId));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
