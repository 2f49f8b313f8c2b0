package no.muni.index;

import java.util.List;

/**
 * One ranked result; {@code snippet} marks matched terms with [brackets], {@code snippetParts} is the same
 * snippet as pieces for interfaces that mark matches themselves.
 */
public record SearchHit(String id, String source, String title, String docType, String date, String format,
                        float score, String snippet, List<SnippetPart> snippetParts) {
    public SearchHit {
        snippetParts = List.copyOf(snippetParts);
    }
}
