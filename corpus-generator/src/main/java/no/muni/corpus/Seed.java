package no.muni.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A seed transcription: its file stem (the document's identity in the corpus) and its classified lines. */
record Seed(String stem, Path file, List<SeedLine> lines) {

    Seed {
        lines = List.copyOf(lines);
    }

    static Seed read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        List<SeedLine> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(SeedLine::parse)
                .toList();
        return new Seed(stem, file, lines);
    }

    /** The lines without blanks, for documents whose blank lines carry no meaning. */
    List<SeedLine> nonBlank() {
        return lines.stream().filter(l -> !(l instanceof SeedLine.Blank)).toList();
    }
}
