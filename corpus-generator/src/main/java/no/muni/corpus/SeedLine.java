package no.muni.corpus;

import java.util.List;

/**
 * One line of a seed transcription, classified by its markdown-ish markup. The seeds are line
 * oriented (one paragraph, list item or table row per line), so a line is the natural unit; the
 * writers decide what a line means in their document (heading, letterhead, continuation row ...).
 */
sealed interface SeedLine {

    /** {@code ## x} .. {@code #### x}; level is the number of '#'. */
    record Heading(int level, String text) implements SeedLine {
    }

    /** {@code - x} (depth 1) or {@code  - x} (depth 2); a bare {@code -} is an empty item, kept as such. */
    record Item(int depth, String text) implements SeedLine {
    }

    /** A tab-separated line: one table row, cells as transcribed (may hold {@code <ul><li>} markup). */
    record Row(List<String> cells) implements SeedLine {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    record Para(String text) implements SeedLine {
    }

    /** An empty line: separates paragraphs; in tables it marks where the original broke across pages. */
    record Blank() implements SeedLine {
    }

    static SeedLine parse(String line) {
        if (line.isBlank()) {
            return new Blank();
        }
        if (line.indexOf('\t') >= 0) {
            return new Row(List.of(line.split("\t", -1)));
        }
        if (line.startsWith("#")) {
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            return new Heading(level, line.substring(level).strip());
        }
        if (line.equals("-") || line.equals(" -")) {
            return new Item(line.startsWith(" ") ? 2 : 1, "");
        }
        if (line.startsWith("- ")) {
            return new Item(1, line.substring(2));
        }
        if (line.startsWith(" - ")) {
            return new Item(2, line.substring(3));
        }
        return new Para(line);
    }
}
