package no.muni.model;

import java.util.List;

/**
 * What the parse stage hands to the structure stage: the body as blocks, the detected media type
 * and the title the file's own metadata claims (often empty or a template's leftover).
 */
public record ParsedContent(List<Block> blocks, String mediaType, String metadataTitle) {
    public ParsedContent {
        blocks = List.copyOf(blocks);
    }
}
