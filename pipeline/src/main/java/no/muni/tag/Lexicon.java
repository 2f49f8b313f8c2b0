package no.muni.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A word list from the classpath (one lower-case entry a line, {@code #} comments), e.g. roles.txt. */
public final class Lexicon {

    private final Set<String> words;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static Lexicon resource(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    public static Lexicon file(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static Lexicon read(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Lexicon(words);
    }

    /** Whether a word is listed exactly as written, ignoring case. */
    public boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a phrase is a listed word in base, definite or plural form ("kommunen",
     * "organisasjoner", "Kommunedirektøren", "Varamedlemmer"), ignoring case and a leading adjective-free determiner.
     */
    public boolean containsInflected(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).strip();
        if (words.contains(p)) {
            return true;
        }
        for (String suffix : new String[] {"en", "et", "a", "e", "er", "ene", "n", "t", "s"}) {
            if (p.endsWith(suffix) && words.contains(p.substring(0, p.length() - suffix.length()))) {
                return true;
            }
        }
        // a plural that doubles the last consonant: "medlemmer", "varamedlemmene" of "medlem"
        for (String suffix : new String[] {"mer", "mene"}) {
            if (p.endsWith("m" + suffix) && words.contains(p.substring(0, p.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }
}
