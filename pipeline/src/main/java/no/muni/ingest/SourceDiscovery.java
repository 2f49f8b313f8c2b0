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
 * skipped; symbolic links are followed only when they point to a file inside the root, so a link cannot
 * pull in the rest of the file system. Every other entry met (a broken link, a link out of the root,
 * a device or pipe) is listed with the reason it is not read. Files come back in path order, so runs
 * are reproducible.
 */
public final class SourceDiscovery {

    /**
     * Files under the root; the folders that could not be read; entries that are files to a user but
     * cannot be read (broken links); and entries passed over on purpose. Each with path and reason.
     */
    public record Listing(List<SourceFile> files, List<FileFailure> unreadable, List<FileFailure> broken,
                          List<FileFailure> skipped) {
        public boolean isEmpty() {
            return files.isEmpty() && unreadable.isEmpty() && broken.isEmpty() && skipped.isEmpty();
        }
    }

    public Listing discover(SourceRoot root) throws IOException {
        Path realRoot = root.path().toRealPath();
        List<SourceFile> files = new ArrayList<>();
        List<FileFailure> unreadable = new ArrayList<>();
        List<FileFailure> broken = new ArrayList<>();
        List<FileFailure> skipped = new ArrayList<>();
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
                } else {
                    skipped.add(new FileFailure(file.toString(), "not a regular file (a device, pipe or socket)"));
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
                Path target;
                try {
                    target = link.toRealPath();
                } catch (IOException e) {
                    broken.add(new FileFailure(link.toString(), "broken link: " + describeTarget(link)
                            + " does not exist or cannot be reached"));
                    return;
                }
                if (!target.startsWith(realRoot)) {
                    skipped.add(new FileFailure(link.toString(), "link points outside the folder being ingested ("
                            + target + "); not followed"));
                } else if (Files.isDirectory(target)) {
                    skipped.add(new FileFailure(link.toString(), "link to a folder (" + target
                            + "); folders are walked once, not through links"));
                } else if (!Files.isRegularFile(target)) {
                    skipped.add(new FileFailure(link.toString(), "link to something that is not a regular file ("
                            + target + ")"));
                } else {
                    try {
                        files.add(new SourceFile(root, link, relative(link), Files.size(target)));
                    } catch (IOException e) {
                        broken.add(new FileFailure(link.toString(), "cannot read the link's target " + target
                                + ": " + e.getClass().getSimpleName()));
                    }
                }
            }

            private static String describeTarget(Path link) {
                try {
                    return "its target " + Files.readSymbolicLink(link);
                } catch (IOException | UnsupportedOperationException e) {
                    return "its target";
                }
            }

            private String relative(Path file) {
                return PathNames.relative(root.path(), file);
            }
        });
        files.sort(Comparator.comparing(SourceFile::relativePath));
        return new Listing(List.copyOf(files), List.copyOf(unreadable), List.copyOf(broken), List.copyOf(skipped));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
