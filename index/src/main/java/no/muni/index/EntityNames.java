package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The organisations and persons an export document names, canonical name → aliases: the tagger's
 * entities ({@code organisations[{name, aliases}]}, {@code persons}) and the participants of minutes
 * ({@code participants[{name, kind}]}). Read from the export JSON so the index needs no pipeline types.
 */
public record EntityNames(Map<String, Set<String>> organisations, Map<String, Set<String>> persons) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static EntityNames of(String exportJson) {
        try {
            return of(JSON.readTree(exportJson));
        } catch (IOException e) {
            throw new UncheckedIOException("the export JSON is not valid JSON", e);
        }
    }

    public static EntityNames of(JsonNode doc) {
        Map<String, Set<String>> orgs = new LinkedHashMap<>();
        Map<String, Set<String>> persons = new LinkedHashMap<>();
        addEntities(doc.path("organisations"), orgs);
        addEntities(doc.path("persons"), persons);
        for (JsonNode p : doc.path("participants")) {
            String kind = p.path("kind").asText("");
            Map<String, Set<String>> target = kind.equals("organisation") ? orgs : kind.equals("person") ? persons : null;
            if (target != null && !p.path("name").asText("").isBlank()) {
                target.computeIfAbsent(p.path("name").asText().strip(), k -> new LinkedHashSet<>());
            }
        }
        return new EntityNames(orgs, persons);
    }

    /**
     * The form names are compared in: lower case, accents and æ/ø/å folded, spaces collapsed, so
     * "RØDE  KORS", "Røde Kors" and "Rode Kors" are one key.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        char[] out = new char[s.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
        return new String(out, 0, n);
    }

    private static void addEntities(JsonNode list, Map<String, Set<String>> into) {
        for (JsonNode e : list) {
            String name = e.path("name").asText("").strip();
            if (name.isEmpty()) {
                continue;
            }
            Set<String> aliases = into.computeIfAbsent(name, k -> new LinkedHashSet<>());
            for (JsonNode a : e.path("aliases")) {
                if (!a.asText("").isBlank()) {
                    aliases.add(a.asText().strip());
                }
            }
        }
    }
}
