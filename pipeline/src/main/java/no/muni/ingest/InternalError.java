package no.muni.ingest;

/** The reason reported for a file that hit a bug in muni itself (not a problem of the file). */
final class InternalError {

    private InternalError() {
    }

    static String reason(RuntimeException e) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return "internal error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + (where == null ? "" : " at " + where.getClassName().replaceFirst(".*\\.", "") + "." + where.getMethodName()
                + ":" + where.getLineNumber()) + "); please report it — run with MUNI_LOG_LEVEL=DEBUG for details";
    }
}
