package no.muni.index;

/** How search hits are ordered; undated documents come last when sorting by date. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    /** Parses "relevance", "newest"/"date" or "oldest"; the message lists the choices. */
    public static SortOrder parse(String s) {
        return switch (s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "relevance" -> RELEVANCE;
            case "newest", "date" -> NEWEST;
            case "oldest" -> OLDEST;
            default -> throw new QuerySyntaxException("unknown sort \"" + s + "\"; use relevance, newest or oldest");
        };
    }
}
