package no.muni.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the Tesseract program and the language packs OCR needs are installed, asked once per JVM
 * ({@code tesseract --list-langs}), so a run can warn up front instead of failing file by file.
 */
public final class Tesseract {

    private static volatile Optional<String> problem;

    private Tesseract() {
    }

    /** What is missing for OCR in {@code languages} ("nor+eng"), or empty when all is there. */
    public static Optional<String> missing(String languages) {
        Optional<String> p = problem;
        if (p == null) {
            p = check(languages);
            problem = p;
        }
        return p;
    }

    private static Optional<String> check(String languages) {
        String installed;
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            installed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.of("the tesseract program does not work (tesseract --list-langs failed)");
            }
        } catch (IOException e) {
            return Optional.of("the tesseract program is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while looking for tesseract");
        }
        List<String> have = installed.lines().map(String::strip).toList();
        List<String> lacking = Arrays.stream(languages.split("\\+")).filter(l -> !have.contains(l)).toList();
        return lacking.isEmpty() ? Optional.empty()
                : Optional.of("Tesseract lacks the language pack(s) " + String.join(", ", lacking));
    }

    /** How to get OCR working on Debian or Ubuntu. */
    public static final String INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-nor";
}
