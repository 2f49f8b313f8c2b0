package no.muni.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the files that failed are remembered between runs, by file id: a JSON file beside the embedded index
 * ({@link #file}), or records in a SolrCloud collection (module muni-solr), so that a stateless worker reports an
 * unchanged broken file again, with its reason, without parsing it again.
 */
public interface FailureStore {

    /** A file that failed: the hash of the bytes that failed, the pipeline that failed on them and why. */
    record Failure(String sha256, String pipelineVersion, String reason) {
    }

    /** What is remembered of the files this run answers for (a damaged memory may read as empty: it is only a cache). */
    Map<String, Failure> load();

    /**
     * Keeps the run's memory: {@code failures} is the whole memory after the run, {@code changed} the ids
     * remembered or forgotten during it (an id in {@code changed} but not in {@code failures} is forgotten).
     */
    void save(Map<String, Failure> failures, Set<String> changed);

    /** A JSON object of failures by id, replaced whole and atomically at each save. */
    static FailureStore file(Path file) {
        ObjectMapper json = new ObjectMapper();
        return new FailureStore() {
            @Override
            public Map<String, Failure> load() {
                if (!Files.isRegularFile(file)) {
                    return Map.of();
                }
                try {
                    return json.readValue(file.toFile(), new TypeReference<Map<String, Failure>>() { });
                } catch (IOException e) {
                    return Map.of(); // a damaged memory is only a cache: start afresh
                }
            }

            @Override
            public void save(Map<String, Failure> failures, Set<String> changed) {
                try {
                    Files.createDirectories(file.getParent());
                    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                    json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new TreeMap<>(failures));
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot save " + file, e);
                }
            }
        };
    }
}
