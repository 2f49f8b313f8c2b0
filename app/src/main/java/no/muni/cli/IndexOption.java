package no.muni.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import no.muni.index.DocumentIndex;
import no.muni.index.IndexException;

/** The {@code --index DIR} option every command shares. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/index")
    Path dir;

    /**
     * The index, which must exist: commands that read it fail with exit 1 and say how to create it,
     * and leave no folder behind.
     */
    DocumentIndex existing() {
        DocumentIndex index = DocumentIndex.at(dir);
        if (!index.exists()) {
            throw new IndexException("no index at " + index.dir() + "; run `muni ingest <folder> --index " + dir
                    + "` first, or give the index folder with --index");
        }
        return index;
    }
}
