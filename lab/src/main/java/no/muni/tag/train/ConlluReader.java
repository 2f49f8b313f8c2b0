package no.muni.tag.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NorNE's CoNLL-U files. Only FORM and MISC are used because train (NDT tags) and dev
 * (UD tags) disagree on everything else. NDT's headline marker token {@code |} is dropped: it
 * never occurs in real text and would teach the models a boundary cue they never see.
 */
public final class ConlluReader {

    private static final String HEADLINE_MARKER = "|";

    private ConlluReader() {
    }

    public static List<ConlluSentence> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("CoNLL-U file not found: " + file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    public static List<ConlluSentence> read(BufferedReader in) throws IOException {
        List<ConlluSentence> sentences = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<Boolean> spaces = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                flush(sentences, forms, spaces, tags);
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 10) {
                throw new IOException("line " + lineNo + ": expected 10 tab-separated columns, got " + cols.length);
            }
            String id = cols[0];
            if (id.contains("-") || id.contains(".")) {
                continue; // multiword ranges and empty nodes carry no entity tags
            }
            String form = cols[1];
            if (HEADLINE_MARKER.equals(form) && cols[2].equals("$|")) {
                if (!spaces.isEmpty()) {
                    spaces.set(spaces.size() - 1, true);
                }
                continue;
            }
            forms.add(form);
            spaces.add(!cols[9].contains("SpaceAfter=No"));
            tags.add(nameTag(cols[9]));
        }
        flush(sentences, forms, spaces, tags);
        return sentences;
    }

    private static String nameTag(String misc) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith("name=")) {
                return part.substring(5);
            }
        }
        return "O";
    }

    private static void flush(List<ConlluSentence> out, List<String> forms, List<Boolean> spaces, List<String> tags) {
        if (!forms.isEmpty()) {
            out.add(new ConlluSentence(forms, spaces, tags));
        }
        forms.clear();
        spaces.clear();
        tags.clear();
    }
}
