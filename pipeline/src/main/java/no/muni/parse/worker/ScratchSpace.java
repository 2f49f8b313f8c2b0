package no.muni.parse.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The temporary files of a pool's parser processes. Tika, PDFBox and Tesseract write theirs to
 * {@code java.io.tmpdir} (a page rendered for OCR, Tesseract's output, an embedded image spooled to
 * disk) and delete them when the parse ends; a process killed at the time limit or by its memory
 * limit never gets there, and over nightly runs those files fill {@code /tmp}. So each worker gets a
 * folder of its own as its {@code java.io.tmpdir}, which is deleted when the worker has ended, however
 * it ended. A pool's folder, made when its first worker starts, is named after its JVM's process id: a
 * pool deletes the folders of pools whose JVM is gone (killed with SIGKILL before it could clean up).
 */
final class ScratchSpace {

    private static final String PREFIX = "muni-parse-";

    private Path root;
    private int workers;

    /**
     * A new, empty folder for one worker; the first makes the pool's folder under {@code java.io.tmpdir},
     * after deleting those of pools whose JVM is gone.
     */
    synchronized Path newWorker() throws IOException {
        if (root == null) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            deleteAbandoned(tmp);
            root = Files.createTempDirectory(tmp, PREFIX + ProcessHandle.current().pid() + "-");
        }
        workers++;
        return Files.createDirectory(root.resolve("worker-" + workers));
    }

    /** Deletes the pool's folder, if it was made; its workers have ended. */
    synchronized void delete() {
        if (root != null) {
            deleteTree(root);
        }
    }

    /**
     * Deletes {@code dir} and all in it. A process that was just killed may still have written a last
     * file into it, so a folder that is not empty after one pass gets a second.
     */
    static void deleteTree(Path dir) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
                return;
            } catch (NoSuchFileException e) {
                return;
            } catch (DirectoryNotEmptyException e) {
                // written to while being deleted: once more
            } catch (IOException | UncheckedIOException e) {
                return; // a leftover in the temporary folder is no reason to fail a run
            }
        }
    }

    /** Deletes the folder of every pool whose JVM has ended; a pool folder of a live JVM is never touched. */
    private static void deleteAbandoned(Path tmp) throws IOException {
        List<Path> pools;
        try (Stream<Path> entries = Files.list(tmp)) {
            pools = entries.filter(p -> ownerPid(p).filter(pid -> ProcessHandle.of(pid).isEmpty()).isPresent())
                    .toList();
        }
        pools.forEach(ScratchSpace::deleteTree);
    }

    /** The process id in a pool folder's name ({@code muni-parse-PID-RANDOM}), if it is one. */
    static Optional<Long> ownerPid(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith(PREFIX) || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        int end = name.indexOf('-', PREFIX.length());
        try {
            return end < 0 ? Optional.empty() : Optional.of(Long.parseLong(name.substring(PREFIX.length(), end)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
