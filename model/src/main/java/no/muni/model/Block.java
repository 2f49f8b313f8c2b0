package no.muni.model;

/**
 * One unit of a document's body as the parser saw it. The structure stage reads these instead of
 * flat text, so headings, lists and tables keep what makes them headings, lists and tables.
 */
public sealed interface Block permits Heading, Paragraph, ListItem, Table, PageBreak {

    /** The block's visible text, one line per paragraph or row. */
    String text();
}
