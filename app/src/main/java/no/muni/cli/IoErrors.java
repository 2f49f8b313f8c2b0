package no.muni.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;

/**
 * Says why an I/O operation failed in words: Java's file exceptions often carry only the path
 * ("/proc/x"), and the reason hides in the exception's type.
 */
final class IoErrors {

    private IoErrors() {
    }

    /** The why of {@code e}, e.g. "no such file or folder", "permission denied", "No space left on device". */
    static String reason(Throwable e) {
        if (e instanceof UncheckedIOException unchecked) {
            return reason(unchecked.getCause());
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (e instanceof ReadOnlyFileSystemException) {
            return "read-only file system";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "what: why" for a file exception that names its file; otherwise the exception's own message. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
            return fs.getFile() + other + ": " + reason(e);
        }
        return reason(e);
    }
}
