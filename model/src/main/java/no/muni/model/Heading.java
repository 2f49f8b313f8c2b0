package no.muni.model;

/**
 * A heading. {@code number} is the section number as written ("4", "4.2", "A") without its
 * trailing dot, or null when the heading is not numbered.
 */
public record Heading(int level, String number, String text) implements Block {
}
