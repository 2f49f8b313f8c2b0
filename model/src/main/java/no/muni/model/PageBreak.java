package no.muni.model;

/**
 * The start of page {@code page} (1-based) in paginated formats. Page furniture detection needs to
 * know where pages begin, since headers and footers sit next to these breaks.
 */
public record PageBreak(int page) implements Block {
    @Override
    public String text() {
        return "";
    }
}
