package no.muni.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the original file of a document is: its root folder (one of the ingested folders) plus its path
 * relative to it. Only files inside an ingested folder are ever found: a path that climbs out of it
 * ("../"), a symbolic link that leads elsewhere or a root the index never named finds nothing.
 */
final class OriginalFiles {

    private final Map<String, Path> roots;

    OriginalFiles(Map<String, Path> roots) {
        this.roots = Map.copyOf(roots);
    }

    Optional<Path> locate(String root, String source) {
        Path folder = root == null || source == null ? null : roots.get(root);
        if (folder == null) {
            return Optional.empty();
        }
        try {
            Path realFolder = folder.toRealPath();
            Path file = realFolder.resolve(source).normalize();
            if (!file.startsWith(realFolder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(realFolder) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // the folder or file is gone: nothing to serve
        }
    }
}
