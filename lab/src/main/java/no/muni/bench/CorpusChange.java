package no.muni.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import no.muni.ingest.SourceFile;

/**
 * Changes a share of a corpus in a way any format survives: files are paired within their extension and
 * swap contents, so each changed file is still a valid PDF/DOCX/… with new bytes. Applying the same change
 * again swaps them back, so the corpus ends as it began.
 */
final class CorpusChange {

    private final List<Path[]> pairs;

    private CorpusChange(List<Path[]> pairs) {
        this.pairs = pairs;
    }

    /** About {@code share} of {@code files} (at least one pair), picked with a fixed seed. */
    static CorpusChange of(List<SourceFile> files, double share) {
        Map<String, List<Path>> byExtension = new TreeMap<>();
        for (SourceFile f : files.stream().sorted(Comparator.comparing(SourceFile::relativePath)).toList()) {
            String name = f.path().getFileName().toString();
            byExtension.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(f.path());
        }
        Random random = new Random(42);
        List<Path[]> pairs = new ArrayList<>();
        long wanted = Math.max(2, Math.round(files.size() * share));
        for (List<Path> sameKind : byExtension.values()) {
            Collections.shuffle(sameKind, random);
            long take = Math.round(wanted * (double) sameKind.size() / files.size()) / 2 * 2;
            for (int i = 0; i + 1 < Math.min(take, sameKind.size()); i += 2) {
                pairs.add(new Path[] {sameKind.get(i), sameKind.get(i + 1)});
            }
        }
        if (pairs.isEmpty()) { // a tiny corpus: any two files of one kind
            byExtension.values().stream().filter(l -> l.size() >= 2).findFirst()
                    .ifPresent(l -> pairs.add(new Path[] {l.get(0), l.get(1)}));
        }
        return new CorpusChange(List.copyOf(pairs));
    }

    int files() {
        return pairs.size() * 2;
    }

    /** Swaps each pair's contents (again: swaps them back). */
    void apply() throws IOException {
        for (Path[] pair : pairs) {
            byte[] a = Files.readAllBytes(pair[0]);
            Files.write(pair[0], Files.readAllBytes(pair[1]));
            Files.write(pair[1], a);
        }
    }
}
