package no.muni.index;

import java.util.function.Function;

/**
 * An {@link Archive} for a long-running reader such as the server: each read sees the latest state — the embedded
 * index's latest commit ({@link LiveIndex}), or a SolrCloud collection, whose every query sees its latest commit.
 */
public interface LiveArchive extends AutoCloseable {

    /** Runs {@code read} on the archive as it is now; what it is given is valid only inside it. */
    <T> T read(Function<Archive, T> read);

    @Override
    void close();
}
