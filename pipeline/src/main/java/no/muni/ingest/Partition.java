package no.muni.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Partition {@code index} of {@code count} (written {@code I/N}, 1-based): the source files whose id hashes
 * to it. The hash is the first 8 bytes of the id's SHA-256, so every worker on every machine and JVM
 * agrees, and the share of each partition stays even whatever the folder layout.
 */
public record Partition(int index, int count) {

    /** Every file: one worker. */
    public static final Partition ALL = new Partition(1, 1);

    public Partition {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a partition is I/N with 1 <= I <= N (it was " + index + "/" + count + ")");
        }
    }

    /** Reads {@code I/N}; a message saying what is wrong otherwise. */
    public static Partition parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length != 2 || !parts[0].matches("\\d{1,6}") || !parts[1].matches("\\d{1,6}")) {
            throw new IllegalArgumentException("a partition is written I/N, e.g. 2/4 (it was \"" + text + "\")");
        }
        return new Partition(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** True when the source file with this id belongs to this partition. */
    public boolean takes(String fileId) {
        return count == 1 || of(fileId, count) == index;
    }

    /** The partition (1..count) a file id belongs to. */
    public static int of(String fileId, int count) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fileId.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (hash[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(key, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
