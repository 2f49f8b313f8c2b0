package no.muni.index;

import java.util.List;

/**
 * One ranked result: a work, shown by its best-matching rendition. {@code snippet} marks matched terms with
 * [brackets], {@code snippetParts} is the same snippet as pieces for interfaces that mark matches
 * themselves; {@code renditions} counts the work's renditions (1: the document is a work of its own).
 */
public record SearchHit(String id, String source, String title, String docType, String date, String format,
                        float score, String snippet, List<SnippetPart> snippetParts, String workId, long renditions) {
    public SearchHit {
        snippetParts = List.copyOf(snippetParts);
    }
}
