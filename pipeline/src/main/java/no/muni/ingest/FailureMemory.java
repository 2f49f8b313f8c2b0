package no.muni.ingest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers files that failed, by id, with the hash of the bytes that failed. A nightly run then
 * reports an unchanged broken file again without spending a parse (and its time limit) on it.
 * Loaded from and saved to the destination's {@link FailureStore}; losing it only costs re-parsing.
 */
final class FailureMemory {

    private final FailureStore store;
    private final Map<String, FailureStore.Failure> byId;
    /** Ids remembered or forgotten since loading: what a store that keeps records one by one must write. */
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    private FailureMemory(FailureStore store, Map<String, FailureStore.Failure> byId) {
        this.store = store;
        this.byId = new ConcurrentHashMap<>(byId);
    }

    static FailureMemory load(FailureStore store) {
        return new FailureMemory(store, store.load());
    }

    FailureStore.Failure get(String id) {
        return byId.get(id);
    }

    void remember(String id, FailureStore.Failure failure) {
        if (!failure.equals(byId.put(id, failure))) {
            changed.add(id);
        }
    }

    void forget(String id) {
        if (byId.remove(id) != null) {
            changed.add(id);
        }
    }

    /** Drops entries of one root whose files no longer exist. */
    void retainOnly(String rootName, Set<String> seenIds) {
        byId.keySet().removeIf(id -> {
            boolean gone = id.startsWith(rootName + "/") && !seenIds.contains(id);
            if (gone) {
                changed.add(id);
            }
            return gone;
        });
    }

    void save() {
        store.save(Map.copyOf(byId), Set.copyOf(changed));
    }
}
