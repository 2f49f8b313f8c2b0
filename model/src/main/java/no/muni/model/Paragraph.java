package no.muni.model;

import java.util.List;

/**
 * A paragraph of running text. {@code emphasis} holds the phrases set in italics, bold or quotes'
 * markup, which is how municipal writers mark named initiatives ("tiltaket <i>Fritidskassa</i>").
 */
public record Paragraph(String text, List<String> emphasis) implements Block {
    public Paragraph {
        emphasis = List.copyOf(emphasis);
    }

    public Paragraph(String text) {
        this(text, List.of());
    }
}
