package no.muni.parse;

import java.util.List;

import no.muni.model.ParsedContent;

/**
 * One document found in a source file: the file itself ({@code embeddedPath} null) or something
 * embedded in it, such as a mail attachment or an archive member ({@code embeddedPath} like
 * "/report.zip/minutes.docx"). {@code warnings} say what went wrong without losing the part;
 * {@code ocrPages} counts the pages (or images) whose text came from OCR.
 */
public record ParsedPart(String embeddedPath, int depth, ParsedContent content, List<String> warnings, int ocrPages) {
    public ParsedPart {
        warnings = List.copyOf(warnings);
    }

    public ParsedPart(String embeddedPath, int depth, ParsedContent content, List<String> warnings) {
        this(embeddedPath, depth, content, warnings, 0);
    }

    public boolean isContainer() {
        return embeddedPath == null;
    }
}
