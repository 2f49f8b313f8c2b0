package no.muni.parse;

/**
 * A source file that could not be parsed, with a reason a user can act on ("encrypted", "corrupt PDF…").
 * Most reasons lie in the file's bytes and stay until they change; a reason that lies in this
 * machine's setup (OCR not installed) is {@linkplain #dependsOnSetup() marked}, so the file is tried
 * again on the next run rather than remembered as broken.
 */
public final class ParseFailure extends Exception {

    private final boolean dependsOnSetup;

    public ParseFailure(String reason) {
        this(reason, null, false);
    }

    public ParseFailure(String reason, Throwable cause) {
        this(reason, cause, false);
    }

    private ParseFailure(String reason, Throwable cause, boolean dependsOnSetup) {
        super(reason, cause);
        this.dependsOnSetup = dependsOnSetup;
    }

    /** A failure that installing or configuring something (Tesseract, --ocr) would cure. */
    public static ParseFailure ofSetup(String reason) {
        return new ParseFailure(reason, null, true);
    }

    public String reason() {
        return getMessage();
    }

    public boolean dependsOnSetup() {
        return dependsOnSetup;
    }
}
