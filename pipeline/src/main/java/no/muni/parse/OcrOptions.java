package no.muni.parse;

import java.time.Duration;

/**
 * When and how the parse stage reads text from images with Tesseract (through Tika's
 * {@code TesseractOCRParser}).
 *
 * @param mode        {@link Mode#AUTO}: image files, and PDF pages with no or little text;
 *                    {@link Mode#ALWAYS}: also every PDF page (its text layer ignored) and images
 *                    embedded in other documents; {@link Mode#OFF}: never
 * @param pageTimeout Tesseract's time for one page or image; a page over it fails the file with a reason
 * @param languages   Tesseract's language packs, '+'-separated, best first
 */
public record OcrOptions(Mode mode, Duration pageTimeout, String languages) {

    public enum Mode { AUTO, OFF, ALWAYS }

    public static OcrOptions defaults() {
        return new OcrOptions(Mode.AUTO, Duration.ofSeconds(30), "nor+eng");
    }

    public OcrOptions withMode(Mode m) {
        return new OcrOptions(m, pageTimeout, languages);
    }

    public OcrOptions withPageTimeout(Duration t) {
        return new OcrOptions(mode, t, languages);
    }
}
