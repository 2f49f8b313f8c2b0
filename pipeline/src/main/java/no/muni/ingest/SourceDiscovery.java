package no.muni.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The discover stage: walks a root folder for regular files. Hidden files and folders (dot-names) are
 * skipped; symbolic links are followed only when they point inside the root, so a link cannot pull
 * in the rest of the file system. Files come back in path order, so runs are reproducible.
 */
public final class SourceDiscovery {

    /** Files under the root and the folders that could not be read (path + reason). */
    public record Listing(List<SourceFile> files, List<FileFailure> unreadable) {
        public boolean isEmpty() {
            return files.isEmpty() && unreadable.isEmpty();
        }
    }

    public Listing discover(SourceRoot root) throws IOException {
        Path realRoot = root.path().toRealPath();
        List<SourceFile> files = new ArrayList<>();
        List<FileFailure> unreadable = new ArrayList<>();
        Files.walkFileTree(root.path(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root.path()) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (hidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    addLinked(file);
                } else if (attrs.isRegularFile()) {
                    files.add(new SourceFile(root, file, relative(file), attrs.size()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.add(new FileFailure(file.toString(), "cannot read: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage())));
                return FileVisitResult.CONTINUE;
            }

            private void addLinked(Path link) {
                try {
                    Path target = link.toRealPath();
                    if (target.startsWith(realRoot) && Files.isRegularFile(target)) {
                        files.add(new SourceFile(root, link, relative(link), Files.size(target)));
                    }
                } catch (IOException e) {
                    unreadable.add(new FileFailure(link.toString(), "broken link"));
                }
            }

            private String relative(Path file) {
                return root.path().relativize(file).toString().replace('\\', '/');
            }
        });
        files.sort(Comparator.comparing(SourceFile::relativePath));
        return new Listing(List.copyOf(files), List.copyOf(unreadable));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
