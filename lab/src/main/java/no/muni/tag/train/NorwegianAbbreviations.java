package no.muni.tag.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Norwegian abbreviations whose final period ends neither a token nor a sentence ("f.eks.",
 * "bl.a.", "kr."), read from {@code abbreviations.txt}, one a line.
 */
public final class NorwegianAbbreviations {

    public static final String RESOURCE = "/no/muni/tag/train/abbreviations.txt";

    private final List<String> abbreviations;

    private NorwegianAbbreviations(List<String> abbreviations) {
        this.abbreviations = List.copyOf(abbreviations);
    }

    public static NorwegianAbbreviations bundled() {
        try (InputStream in = NorwegianAbbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            List<String> list = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        list.add(line.strip());
                    }
                }
            }
            return new NorwegianAbbreviations(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> list() {
        return abbreviations;
    }

    public Dictionary dictionary() {
        Dictionary d = new Dictionary(false);
        for (String a : abbreviations) {
            d.put(new StringList(a));
        }
        return d;
    }
}
