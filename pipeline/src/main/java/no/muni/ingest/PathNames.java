package no.muni.ingest;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Names for ids made from the bytes a file system stores, not from Java's rendering of them: Java
 * turns every byte of a non-UTF-8 name (Latin-1 names are common on old Norwegian shares) into
 * U+FFFD, so "navn_æ.txt" and "navn_ø.txt" in Latin-1 would share one id and overwrite each other.
 * A byte that is not part of valid UTF-8 is written {@code %XX}, and so is a literal '%', which
 * keeps the naming one-to-one: distinct names never collide.
 */
final class PathNames {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PathNames() {
    }

    /** The path of {@code file} below {@code dir}, '/'-separated, escaped as above. */
    static String relative(Path dir, Path file) {
        String base = rawPath(dir);
        String full = rawPath(file);
        if (!base.endsWith("/")) {
            base += "/";
        }
        if (!full.startsWith(base)) {
            throw new IllegalArgumentException(file + " is not below " + dir);
        }
        return escape(decodePercent(full.substring(base.length())));
    }

    /** The last name of {@code path}, escaped as above ("root" for the file system root). */
    static String name(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            return "root";
        }
        String raw = rawPath(abs);
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return escape(decodePercent(raw.substring(raw.lastIndexOf('/') + 1)));
    }

    /**
     * A file URI holds the name's bytes, percent-encoded where they are not plain ASCII, whatever
     * the JVM's file-name encoding; it is the only public view of those bytes.
     */
    private static String rawPath(Path path) {
        URI uri = path.toAbsolutePath().toUri();
        return uri.getRawPath();
    }

    private static byte[] decodePercent(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toByteArray();
    }

    static String escape(byte[] name) {
        StringBuilder out = new StringBuilder(name.length);
        int i = 0;
        while (i < name.length) {
            int length = utf8SequenceLength(name, i);
            if (length == 0) {
                out.append('%').append(HEX.toHexDigits(name[i]));
                i++;
            } else {
                String s = new String(name, i, length, StandardCharsets.UTF_8);
                out.append(s.equals("%") ? "%25" : s);
                i += length;
            }
        }
        return out.toString();
    }

    /** Length of the valid UTF-8 sequence at {@code i}, or 0 when the byte there starts none. */
    private static int utf8SequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length <= 1 || i + length > b.length) {
            return length == 1 ? 1 : 0;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(b, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
}
