package no.muni.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * The known names of Norwegian public life, read from {@code gazetteer.tsv} (data, not code).
 * Each line is {@code canonical TAB kind TAB aliases} with aliases separated by {@code ;}.
 * Municipalities and counties are listed once by place name and expand to both the place (LOC)
 * and the institution (ORG: "X kommune", "X fylkeskommune"), because municipal text uses both.
 * Immutable after construction, so one instance is shared by all threads.
 */
public final class Gazetteer {

    public static final String RESOURCE = "/no/muni/tag/gazetteer.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byKey;
    private final Map<String, List<String[]>> byFirstToken;
    private final int maxTokens;
    private final Map<String, GazetteerEntry> partiesByLabel;

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, GazetteerEntry> keys = new HashMap<>();
        Map<String, List<String[]>> first = new HashMap<>();
        int max = 1;
        for (GazetteerEntry e : this.entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.canonical());
            for (String name : names) {
                // first come first served: an ORG line for "X kommune" must not be hidden by a later alias
                keys.putIfAbsent(key(name), e);
                String[] tokens = tokens(name);
                if (tokens.length == 0) {
                    continue;
                }
                String[] tagged = new String[tokens.length + 1];
                System.arraycopy(lower(tokens), 0, tagged, 0, tokens.length);
                tagged[tokens.length] = e.type();
                first.computeIfAbsent(tagged[0], k -> new ArrayList<>()).add(tagged);
                max = Math.max(max, tokens.length);
            }
        }
        this.byKey = Map.copyOf(keys);
        first.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstToken = Map.copyOf(first);
        this.maxTokens = max;
        Map<String, GazetteerEntry> parties = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            if (e.isParty()) {
                parties.putIfAbsent(e.canonical(), e);
                e.labels().forEach(l -> parties.putIfAbsent(l, e));
                e.aliases().forEach(a -> parties.putIfAbsent(a, e));
            }
        }
        this.partiesByLabel = Map.copyOf(parties);
    }

    /** The party a label ("V", "Ap", "KrF") or party name stands for, case-sensitive; null if none. */
    public GazetteerEntry party(String label) {
        return label == null ? null : partiesByLabel.get(label.strip());
    }

    /** The gazetteer shipped with muni; parsed once per class loader. */
    public static Gazetteer bundled() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer resource missing from the classpath: " + RESOURCE);
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public static Gazetteer parse(InputStream in) throws IOException {
        List<GazetteerEntry> entries = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 2) {
                    throw new IOException("gazetteer line " + no + ": expected 'canonical TAB kind [TAB aliases]'");
                }
                String name = cols[0].strip();
                String kind = cols[1].strip();
                List<String> aliases = list(cols, 2);
                List<String> labels = list(cols, 3);
                if (!labels.isEmpty() && !"party".equals(kind)) {
                    throw new IOException("gazetteer line " + no + ": only parties have labels");
                }
                expand(entries, name, kind, aliases, labels, no);
            }
        }
        return new Gazetteer(entries);
    }

    private static List<String> list(String[] cols, int index) {
        if (cols.length <= index || cols[index].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols[index].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void expand(List<GazetteerEntry> out, String name, String kind, List<String> aliases,
                               List<String> labels, int no) throws IOException {
        switch (kind) {
            case "municipality", "former-municipality" -> {
                out.add(new GazetteerEntry(name + " kommune", "ORG", kind,
                        aliases.stream().map(a -> a + " kommune").toList()));
                out.add(new GazetteerEntry(name, "LOC", "place", aliases));
            }
            case "county", "former-county" -> {
                out.add(new GazetteerEntry(name + " fylkeskommune", "ORG", kind,
                        aliases.stream().map(a -> a + " fylkeskommune").toList()));
                out.add(new GazetteerEntry(name, "LOC", "place", aliases));
            }
            case "party" -> out.add(new GazetteerEntry(name, "ORG", kind, aliases, labels));
            case "state", "ministry", "agency", "court", "ngo", "org" -> out.add(new GazetteerEntry(name, "ORG", kind, aliases));
            case "place" -> out.add(new GazetteerEntry(name, "LOC", kind, aliases));
            default -> throw new IOException("gazetteer line " + no + ": unknown kind '" + kind + "'");
        }
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry a name (any alias, any case, any whitespace) refers to, or null. */
    public GazetteerEntry find(String name) {
        return byKey.get(key(name));
    }

    /**
     * For each token, {@code B-TYPE}/{@code I-TYPE} when it lies in the longest gazetteer name
     * starting at or covering it (case-insensitive), else null.
     */
    public String[] match(String[] sentence) {
        String[] out = new String[sentence.length];
        String[] lower = lower(sentence);
        int i = 0;
        while (i < lower.length) {
            // names are capitalised in Norwegian: "høyre", "mot" and "rødt" are ordinary words
            List<String[]> candidates = startsName(sentence[i]) ? byFirstToken.get(lower[i]) : null;
            if (candidates == null && startsName(sentence[i]) && lower[i].endsWith("s")) {
                candidates = byFirstToken.get(lower[i].substring(0, lower[i].length() - 1));
            }
            int best = 0;
            String type = null;
            if (candidates != null) {
                for (String[] c : candidates) {
                    int len = c.length - 1;
                    if (len > best && i + len <= lower.length && matchesAt(lower, i, c, len)) {
                        best = len;
                        type = c[len];
                    }
                }
            }
            if (best == 0) {
                i++;
                continue;
            }
            out[i] = "B-" + type;
            for (int j = 1; j < best; j++) {
                out[i + j] = "I-" + type;
            }
            i += best;
        }
        return out;
    }

    private static boolean startsName(String token) {
        return !token.isEmpty() && (Character.isUpperCase(token.charAt(0)) || Character.isDigit(token.charAt(0)));
    }

    /** Token-wise equality; the last token may carry a genitive -s ("NAVs", "Røde Kors'"). */
    private static boolean matchesAt(String[] lower, int at, String[] candidate, int len) {
        for (int j = 0; j < len; j++) {
            String token = lower[at + j];
            boolean last = j == len - 1;
            if (!token.equals(candidate[j]) && !(last && isGenitive(token, candidate[j]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isGenitive(String token, String name) {
        return token.length() == name.length() + 1 && token.startsWith(name)
                && (token.endsWith("s") || token.endsWith("'")) && !name.endsWith("s");
    }

    /** An OpenNLP dictionary of every name of one type, for {@code DictionaryNameFinder}. */
    public Dictionary dictionary(String type) {
        Dictionary dict = new Dictionary(false);
        for (GazetteerEntry e : entries) {
            if (!e.type().equals(type)) {
                continue;
            }
            dict.put(new StringList(tokens(e.canonical())));
            for (String a : e.aliases()) {
                dict.put(new StringList(tokens(a)));
            }
        }
        return dict;
    }

    public int maxTokens() {
        return maxTokens;
    }

    /** The lookup key of a name: lower case, single spaces, commas dropped. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").strip();
    }

    /** Splits a gazetteer name the way running text is tokenised: on spaces, with punctuation apart. */
    public static String[] tokens(String name) {
        return name.replaceAll("([,()«»\"])", " $1 ").strip().split("\\s+");
    }

    private static String[] lower(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        return out;
    }
}
