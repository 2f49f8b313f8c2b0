package no.muni.tag.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import no.muni.tag.Gazetteer;
import no.muni.tag.GazetteerEntry;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Mention replacement for name-finder training (Dai and Adel 2020, "An Analysis of Simple Data Augmentation for
 * Named Entity Recognition"): beside a chosen fraction of the training sentences with names, a copy in which every
 * person, organisation and place is replaced by another name of the same type. The model has then seen each
 * context with several names, and many names in several contexts, so the window, affix and head features must
 * carry the decision rather than the name's own identity: NorNE's dev organisations are mostly names of train
 * (77 %), users' documents are full of names NorNE never saw.
 *
 * <p>Replacements are drawn from distinct names, not mentions, so a name seen once is as likely as "Stortinget".
 * For a type, a source is chosen first (each as likely), then a name of it: the training data's own names
 * always, those it has under one type only; with {@code register} the national bodies of the register of public bodies (state, ministries,
 * agencies, parties, organisations; with their abbreviations and former names) and its places; with
 * {@code synthesised} local organisations made from {@code local-organisation-patterns.txt} and the register's
 * places ("Vik idrettslag", "Frivilligsentralen i Alta", "Hamar Havn KF"). A genitive name ("NATOs direktør")
 * gets a genitive replacement. The copies follow their originals; the originals are kept, so the model still
 * knows the names it has seen. Nothing of this is in the model: tagging sees real text only.
 *
 * @param rate        copies per sentence with names: a fraction of them get one (0 = none, 0.5 = every other, 1 = every
 *                    one), or more (2 = two copies of every one, each with its own draws)
 * @param register    also draw from the register of public bodies
 * @param synthesised also draw local organisation names made from patterns
 * @param organisationsOnly replace organisations only, keeping the persons and places of the copies as they stand
 *                    (only sentences with an organisation get a copy)
 * @param seed        the random seed, so training stays deterministic
 */
public record MentionReplacement(double rate, boolean register, boolean synthesised, boolean organisationsOnly,
                                 long seed) {

    public static final MentionReplacement NONE = new MentionReplacement(0, false, false, 0);

    public MentionReplacement(double rate, boolean register, boolean synthesised, long seed) {
        this(rate, register, synthesised, false, seed);
    }

    static final String PATTERNS = "/no/muni/tag/train/local-organisation-patterns.txt";

    /** Register kinds whose names are replacements as they stand; municipalities and counties come by pattern. */
    private static final Set<String> NATIONAL_KINDS = Set.of("state", "ministry", "agency", "party", "ngo", "org");

    public MentionReplacement {
        if (rate < 0 || rate > 4) {
            throw new IllegalArgumentException("mention replacement rate must be between 0 and 4, not " + rate);
        }
    }

    /** Parses {@code swapRATE[+register][+synth][+orgs]}, e.g. {@code swap1}, {@code swap0.5+register+synth+orgs}. */
    public static MentionReplacement parse(String spec) {
        String[] parts = spec.split("\\+");
        if (!parts[0].startsWith("swap")) {
            throw new IllegalArgumentException("mention replacement '" + spec + "': expected swapRATE[+register][+synth]");
        }
        boolean register = false;
        boolean synthesised = false;
        boolean organisationsOnly = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i]) {
                case "register" -> register = true;
                case "synth" -> synthesised = true;
                case "orgs" -> organisationsOnly = true;
                default -> throw new IllegalArgumentException("mention replacement '" + spec + "': unknown option '"
                        + parts[i] + "' (register, synth or orgs)");
            }
        }
        return new MentionReplacement(Double.parseDouble(parts[0].substring(4)), register, synthesised,
                organisationsOnly, 12);
    }

    /** The training samples with their copies; the input itself when the rate is 0. */
    public List<NameSample> apply(List<NameSample> samples) {
        if (rate == 0) {
            return samples;
        }
        Replacements names = new Replacements();
        names.addTrainingNames(samples);
        if (register) {
            names.addRegister(Gazetteer.bundled());
        }
        if (synthesised) {
            names.addLocalOrganisations(readPatterns(), Gazetteer.bundled());
        }
        if (organisationsOnly) {
            names.keepOnly("ORG");
        }
        return apply(samples, names);
    }

    List<NameSample> apply(List<NameSample> samples, Replacements names) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> surfaces = NerEvaluator.surfaces(samples);
        List<NameSample> out = new ArrayList<>(samples.size() * 2);
        for (NameSample sample : samples) {
            out.add(sample);
            if (sample.getNames().length > 0) {
                // whole copies, and one more with the chance of the fraction (one draw per sentence, as for a rate ≤ 1)
                int copies = (int) rate + (random.nextDouble() < rate - (int) rate ? 1 : 0);
                for (int c = 0; c < copies; c++) {
                    NameSample copy = replaced(sample, names, surfaces, random);
                    if (copy != null) {
                        out.add(copy);
                    }
                }
            }
        }
        return out;
    }

    /** The sample with each name replaced by a drawn one of its type, or null if no type of it has replacements. */
    private static NameSample replaced(NameSample sample, Replacements names, Set<String> surfaces,
                                       SplittableRandom random) {
        String[] tokens = sample.getSentence();
        List<String> out = new ArrayList<>(tokens.length + 8);
        List<Span> spans = new ArrayList<>();
        int at = 0;
        boolean changed = false;
        for (Span name : sample.getNames()) {
            for (; at < name.getStart(); at++) {
                out.add(tokens[at]);
            }
            String surface = NerEvaluator.surface(tokens, name);
            String[] replacement = names.draw(name.getType(), surface, random);
            if (replacement == null) {
                replacement = java.util.Arrays.copyOfRange(tokens, name.getStart(), name.getEnd());
            } else {
                changed = true;
                if (isGenitive(surface, surfaces)) {
                    replacement = genitive(replacement);
                }
            }
            int start = out.size();
            out.addAll(List.of(replacement));
            spans.add(new Span(start, out.size(), name.getType()));
            at = name.getEnd();
        }
        for (; at < tokens.length; at++) {
            out.add(tokens[at]);
        }
        return changed ? new NameSample(out.toArray(String[]::new), spans.toArray(Span[]::new), true) : null;
    }

    /** "NATOs", "Kroatias": a name ending in s whose form without it is a name of the training data too. */
    static boolean isGenitive(String surface, Set<String> surfaces) {
        return surface.length() > 2 && surface.endsWith("s") && surfaces.contains(surface.substring(0, surface.length() - 1));
    }

    /** The name in the genitive: "-s" ("Vik IL" → "Vik ILs"), an apostrophe after s, x and z ("Los" → "Los'"). */
    static String[] genitive(String[] name) {
        String[] out = name.clone();
        String last = out[out.length - 1];
        out[out.length - 1] = last + (last.endsWith("s") || last.endsWith("x") || last.endsWith("z") ? "'" : "s");
        return out;
    }

    static List<String> readPatterns() {
        try (InputStream in = MentionReplacement.class.getResourceAsStream(PATTERNS)) {
            if (in == null) {
                throw new IllegalStateException("no " + PATTERNS + " on the classpath");
            }
            List<String> patterns = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    if (!line.contains("{place}")) {
                        throw new IllegalStateException(PATTERNS + ": a pattern without {place}: " + line);
                    }
                    patterns.add(line.strip());
                }
            }
            return patterns;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATTERNS, e);
        }
    }

    /** The names to draw from, per type: a list of sources, each a list of distinct names as tokens. */
    static final class Replacements {
        private final Map<String, List<List<String[]>>> byType = new HashMap<>();

        void add(String type, Set<String> names) {
            if (!names.isEmpty()) {
                byType.computeIfAbsent(type, t -> new ArrayList<>())
                        .add(names.stream().map(Gazetteer::tokens).toList());
            }
        }

        /**
         * The training data's names of one type only: "Norge" is an organisation in "Norge protesterte" (NorNE's
         * GPE_ORG) and a place in "i Norge", so put into an organisation's context it would teach that a place name
         * there is one, and places acting as places were read as organisations (Bokmål dev: twice as many).
         */
        void addTrainingNames(List<NameSample> samples) {
            Map<String, Set<String>> names = new HashMap<>();
            Map<String, String> typeOf = new HashMap<>();
            for (NameSample s : samples) {
                for (Span name : s.getNames()) {
                    String surface = NerEvaluator.surface(s.getSentence(), name);
                    names.computeIfAbsent(name.getType(), t -> new LinkedHashSet<>()).add(surface);
                    typeOf.merge(surface, name.getType(), (a, b) -> a.equals(b) ? a : "");
                }
            }
            names.values().forEach(set -> set.removeIf(surface -> typeOf.get(surface).isEmpty()));
            names.keySet().stream().sorted().forEach(type -> add(type, names.get(type)));
        }

        /** Drops the names of every other type: mentions of those types stay as they are. */
        void keepOnly(String type) {
            byType.keySet().removeIf(t -> !t.equals(type));
        }

        void addRegister(Gazetteer register) {
            Set<String> bodies = new LinkedHashSet<>();
            for (GazetteerEntry e : register.entries()) {
                if ("ORG".equals(e.type()) && NATIONAL_KINDS.contains(e.kind())) {
                    bodies.add(e.canonical());
                    bodies.addAll(e.aliases());
                }
            }
            add("ORG", bodies);
            add("LOC", places(register));
        }

        void addLocalOrganisations(List<String> patterns, Gazetteer register) {
            Set<String> names = new LinkedHashSet<>();
            for (String place : places(register)) {
                for (String pattern : patterns) {
                    names.add(pattern.replace("{place}", place));
                }
            }
            add("ORG", names);
        }

        private static Set<String> places(Gazetteer register) {
            Set<String> places = new LinkedHashSet<>();
            for (GazetteerEntry e : register.entries()) {
                if ("LOC".equals(e.type())) {
                    places.add(e.canonical());
                    places.addAll(e.aliases());
                }
            }
            return places;
        }

        /** A name of the type other than {@code original} (up to three draws), or null if the type has none. */
        String[] draw(String type, String original, SplittableRandom random) {
            List<List<String[]>> sources = byType.get(type);
            if (sources == null) {
                return null;
            }
            String[] name = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                List<String[]> source = sources.get(random.nextInt(sources.size()));
                name = source.get(random.nextInt(source.size()));
                if (!String.join(" ", name).equals(original)) {
                    break;
                }
            }
            return name;
        }
    }
}
