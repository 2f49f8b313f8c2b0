package no.muni.index;

/** One ranked result; {@code snippet} marks matched terms with [brackets]. */
public record SearchHit(String id, String source, String title, String docType, String date, String format,
                        float score, String snippet) {
}
