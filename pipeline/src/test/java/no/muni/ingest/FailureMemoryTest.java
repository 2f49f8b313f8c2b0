package no.muni.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory of failed files through both kinds of store: the embedded index's {@code failures.json}, and a store
 * that keeps records one by one (as a SolrCloud collection does) and so must be told exactly what changed.
 */
class FailureMemoryTest {

    private static final FailureStore.Failure ENCRYPTED = new FailureStore.Failure("aa", "1", "encrypted");
    private static final FailureStore.Failure EMPTY = new FailureStore.Failure("bb", "1", "empty file");

    @TempDir
    Path tmp;

    @Test
    void theFileKeepsWhatARunRemembersAndDropsWhatItForgets() {
        FailureStore file = FailureStore.file(tmp.resolve("index/failures.json"));
        FailureMemory first = FailureMemory.load(file);
        first.remember("docs/a.pdf", ENCRYPTED);
        first.remember("docs/b.txt", EMPTY);
        first.save();
        FailureMemory second = FailureMemory.load(file);
        assertEquals(ENCRYPTED, second.get("docs/a.pdf"));
        second.forget("docs/a.pdf");
        second.retainOnly("docs", Set.of("docs/a.pdf")); // b.txt is gone from the folder
        second.save();
        assertEquals(Map.of(), file.load());
    }

    @Test
    void aDamagedFileIsAnEmptyMemory() throws IOException {
        Path json = tmp.resolve("failures.json");
        Files.writeString(json, "{ not json");
        assertNull(FailureMemory.load(FailureStore.file(json)).get("docs/a.pdf"));
    }

    @Test
    void aStoreOfRecordsIsToldOnlyWhatChanged() {
        Map<String, FailureStore.Failure> records = new HashMap<>(Map.of("docs/a.pdf", ENCRYPTED, "docs/c.doc", EMPTY));
        FailureStore store = new FailureStore() {
            @Override
            public Map<String, Failure> load() {
                return Map.copyOf(records);
            }

            @Override
            public void save(Map<String, Failure> failures, Set<String> changed) {
                changed.forEach(id -> {
                    if (failures.containsKey(id)) {
                        records.put(id, failures.get(id));
                    } else {
                        records.remove(id);
                    }
                });
                assertEquals(Set.of("docs/a.pdf", "docs/b.txt"), changed, "the unchanged c.doc is not written again");
            }
        };
        FailureMemory memory = FailureMemory.load(store);
        memory.remember("docs/c.doc", EMPTY); // the same failure again: nothing to write
        memory.remember("docs/b.txt", EMPTY);
        memory.forget("docs/a.pdf");
        memory.save();
        assertEquals(Map.of("docs/b.txt", EMPTY, "docs/c.doc", EMPTY), records);
    }
}
