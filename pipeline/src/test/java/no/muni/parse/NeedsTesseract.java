package no.muni.parse;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

/**
 * OCR tests need the tesseract program and its Norwegian pack: without them a test is skipped with
 * the reason, except in CI (CI set), where {@code .ci/run} installs them and their absence is a failure.
 */
public final class NeedsTesseract {

    private NeedsTesseract() {
    }

    public static void check() {
        Optional<String> missing = Tesseract.missing(OcrOptions.defaults().languages());
        if (missing.isEmpty()) {
            return;
        }
        String reason = "OCR not available: " + missing.get() + " (" + Tesseract.INSTALL_HINT + ")";
        if (System.getenv("CI") != null) {
            fail(reason);
        }
        assumeTrue(false, reason);
    }
}
