package no.muni.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Checks that a raw query string is well-formed percent-encoding of UTF-8. Decoders differ on what they do
 * with {@code %} or {@code %ZZ} (drop the parameter, keep it raw, guess); the server refuses the request
 * instead, so {@code ?q=%} is never read as "no query" and {@code type=%ZZ} never as "no filter".
 */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /** Null when {@code raw} is well-formed, else what is wrong with it. */
    static String problem(String raw) {
        if (raw == null) {
            return null;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        int plain = 0;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', plain)) {
            bytes.writeBytes(raw.substring(plain, i).getBytes(StandardCharsets.UTF_8));
            if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                    || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                return "malformed percent-encoding at \"" + raw.substring(i, Math.min(raw.length(), i + 3))
                        + "\": % must be followed by two hex digits (%25 is a % sign)";
            }
            bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
            plain = i + 3;
        }
        bytes.writeBytes(raw.substring(plain).getBytes(StandardCharsets.UTF_8));
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return "the percent-encoded query is not UTF-8";
        }
    }
}
