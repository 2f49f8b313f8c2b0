package no.muni.model;

import java.util.List;

/**
 * What the parse stage hands to the structure stage: the body as blocks, the detected media type,
 * the title the file's own metadata claims (often empty or a template's leftover) and, for an
 * e-mail, its envelope (null for anything else).
 */
public record ParsedContent(List<Block> blocks, String mediaType, String metadataTitle, Email email) {
    public ParsedContent {
        blocks = List.copyOf(blocks);
    }

    /** Content that is no e-mail. */
    public ParsedContent(List<Block> blocks, String mediaType, String metadataTitle) {
        this(blocks, mediaType, metadataTitle, null);
    }
}
