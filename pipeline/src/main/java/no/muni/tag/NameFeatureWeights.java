package no.muni.tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import no.muni.tag.features.TokenOffsetFeatureGenerator;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;

/**
 * The weights a perceptron name model holds for the features of a sentence's tokens, summed per outcome as
 * {@code PerceptronModel.eval} sums them, without building and looking up most of the feature strings.
 *
 * <p>The model's feature-generator descriptor is read generator by generator. What a token gives alone — the
 * features of a generator that reads only the token (OpenNLP's token, token class, prefix, suffix, character
 * n-gram, word-cluster generators), alone or in a window, and the token part of a {@link TokenOffsetFeatureGenerator}
 * (muni's Norwegian features) — is summed once per distinct token into one row per position relative to the token
 * (itself, the k-th token before, the k-th after): a token then adds at most five rows to a position's sums
 * instead of some fifty, and its feature strings are built and looked up once, not at every occurrence.
 * OpenNLP's generators of the position alone ({@code def}, sentence begin/end) are one row per kind of position;
 * the previous-map generator's "pd=null" is one row while its map is empty (the tag stage clears it after every
 * sentence); the bigram generator's word pairs are looked up in a table by the two tokens and its class pairs in a
 * small table. Every other generator (a custom one, the context part of a Norwegian feature) runs as OpenNLP runs
 * it, and its strings are looked up per position. A descriptor in a form not read here runs whole, which is
 * still correct, only slower.
 *
 * <p>A feature's weights are a dense row, one number per outcome (0 where the model has none), built once
 * per model ({@link ModelWeights}). Rows are added in another order than OpenNLP's (summed per token first), so a
 * sum can differ from {@code PerceptronModel.eval}'s in its last bits; the names found on NorNE dev are the same
 * ({@code PerceptronNameFinderTest}).
 *
 * <p>Kept tokens are held for the life of the instance (one per name finder, one per thread), up to
 * {@link #KEPT_TOKENS}; then the store starts afresh. What is kept is a function of the token and the model
 * only, so results never depend on what was tagged before. Not thread-safe.
 */
final class NameFeatureWeights {

    /** Distinct tokens whose weights are kept; a few hundred bytes each. */
    static final int KEPT_TOKENS = 20_000;

    /** The artifact of a {@link TokenNameFinderModel} that holds its feature-generator descriptor. */
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final String FACTORY_PACKAGE = "opennlp.tools.util.featuregen.";
    private static final String WINDOW_FACTORY = FACTORY_PACKAGE + "WindowFeatureGeneratorFactory";
    /** OpenNLP generators whose features at a position read only the token at that position, and keep no state. */
    private static final Set<String> ONE_TOKEN_FACTORIES = Set.of(
            FACTORY_PACKAGE + "TokenFeatureGeneratorFactory",
            FACTORY_PACKAGE + "TokenClassFeatureGeneratorFactory",
            FACTORY_PACKAGE + "PrefixFeatureGeneratorFactory",
            FACTORY_PACKAGE + "SuffixFeatureGeneratorFactory",
            FACTORY_PACKAGE + "CharacterNgramFeatureGeneratorFactory",
            FACTORY_PACKAGE + "TokenPatternFeatureGeneratorFactory",
            FACTORY_PACKAGE + "WordClusterFeatureGeneratorFactory",
            FACTORY_PACKAGE + "BrownClusterTokenFeatureGeneratorFactory",
            FACTORY_PACKAGE + "BrownClusterTokenClassFeatureGeneratorFactory");
    /** Kinds of position for the generators that read only the position: the only token, first, inside, last. */
    private static final int ONLY = 0;
    private static final int FIRST = 1;
    private static final int INSIDE = 2;
    private static final int LAST = 3;

    private final ModelWeights model;
    /** The descriptor's generators in order, built for this instance (some keep per-sentence state). */
    private final List<Part> parts;
    /** A token's rows by position relative to it: 0 itself, 1..{@code before} the k-th before, then the k-th after. */
    private final int before;
    private final int after;
    /** The rows of the generators of the position alone, summed, by kind of position. */
    private final double[][] positional;
    private final Map<String, double[][]> previousAndClass = new HashMap<>();
    /** Token class → next token's class → the rows of "pwc,wc=" and "wc,nc=" for the pair. */
    private final Map<String, Map<String, double[][]>> classPairs = new HashMap<>();
    private final Map<String, TokenWeights> kept = new HashMap<>();
    private final List<String> scratch = new ArrayList<>();
    /** No sentence's outcomes given to the adaptive generators since they were last cleared. */
    private boolean adaptiveEmpty = true;

    NameFeatureWeights(TokenNameFinderModel model, Map<String, Context> parameters, String[] outcomes) {
        this.model = ModelWeights.of(model, parameters, outcomes);
        AdaptiveFeatureGenerator whole = model.getFactory().createFeatureGenerators();
        List<AdaptiveFeatureGenerator> generators = topLevel(whole);
        List<PartSpec> specs = this.model.specs;
        List<Part> built = new ArrayList<>();
        if (specs.size() != generators.size()) {
            built.add(new Generated(whole));
        } else {
            for (int i = 0; i < specs.size(); i++) {
                built.add(part(specs.get(i), generators.get(i)));
            }
        }
        this.parts = List.copyOf(built);
        int b = 0;
        int a = 0;
        for (Part p : parts) {
            b = Math.max(b, p.before());
            a = Math.max(a, p.after());
        }
        this.before = b;
        this.after = a;
        this.positional = new double[LAST + 1][];
        for (Part p : parts) {
            if (p instanceof Positional) {
                for (int kind = ONLY; kind <= LAST; kind++) {
                    positional[kind] = plus(positional[kind], rowsAt(p.generator(), kind));
                }
            }
        }
    }

    /** The part that computes a generator's features: by the descriptor for windows, else by the generator's class. */
    private Part part(PartSpec spec, AdaptiveFeatureGenerator generator) {
        if (spec.window) {
            return new Window(generator, spec.before, spec.after);
        }
        if (generator instanceof TokenOffsetFeatureGenerator offsets) {
            return new Offsets(offsets);
        }
        Class<?> type = generator.getClass();
        if (type == OutcomePriorFeatureGenerator.class || type == SentenceFeatureGenerator.class) {
            return new Positional(generator);
        }
        if (type == PreviousMapFeatureGenerator.class) {
            // a new generator's map is empty: what it gives then is the same for every token
            return new PreviousMap(generator, rowsAt(generator, ONLY));
        }
        if (type == BigramNameFeatureGenerator.class) {
            return new Bigram(generator);
        }
        return new Generated(generator);
    }

    /**
     * The summed rows of a generator that reads only the position (or, for an empty previous map, nothing) at a
     * kind of position, asked of a sentence of that shape.
     */
    private double[] rowsAt(AdaptiveFeatureGenerator generator, int kind) {
        String[] sentence = kind == ONLY ? new String[] {""} : new String[] {"", "", ""};
        int index = switch (kind) {
            case FIRST -> 0;
            case INSIDE -> 1;
            case LAST -> 2;
            default -> 0;
        };
        scratch.clear();
        generator.createFeatures(scratch, sentence, index, null);
        double[] sum = null;
        for (String feature : scratch) {
            sum = plus(sum, model.rows.get(feature));
        }
        return sum;
    }

    private static int kindOfPosition(int index, int length) {
        return length == 1 ? ONLY : index == 0 ? FIRST : index == length - 1 ? LAST : INSIDE;
    }

    /** The generators OpenNLP built for the descriptor's top-level elements, in order. */
    private static List<AdaptiveFeatureGenerator> topLevel(AdaptiveFeatureGenerator whole) {
        AdaptiveFeatureGenerator g = whole instanceof CachedFeatureGenerator cached ? cached.getCachedFeatureGenerator() : whole;
        return g instanceof AggregatedFeatureGenerator aggregated ? List.copyOf(aggregated.getGenerators()) : List.of(g);
    }

    /** The index that stands for "no outcome yet" (before the sentence's first token). */
    int none() {
        return model.outcomes.length;
    }

    /** Each token's kept weights, computed for the tokens not seen before. */
    TokenWeights[] tokens(String[] tokens) {
        TokenWeights[] out = new TokenWeights[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            TokenWeights w = kept.get(tokens[i]);
            if (w == null) {
                if (kept.size() >= KEPT_TOKENS) {
                    kept.clear();
                }
                w = weigh(tokens[i]);
                kept.put(tokens[i], w);
            }
            out[i] = w;
        }
        return out;
    }

    /** Adds the weights of token {@code i}'s features that do not depend on the previous outcomes. */
    void addTokenFeatures(String[] tokens, TokenWeights[] weights, int i, double[] sums) {
        add(weights[i].slots[0], sums);
        for (int k = 1; k <= before && i - k >= 0; k++) {
            add(weights[i - k].slots[k], sums);
        }
        for (int k = 1; k <= after && i + k < tokens.length; k++) {
            add(weights[i + k].slots[before + k], sums);
        }
        add(positional[kindOfPosition(i, tokens.length)], sums);
        for (Part part : parts) {
            switch (part) {
                case Window w -> { }
                case Positional p -> { }
                case PreviousMap m -> {
                    if (adaptiveEmpty) {
                        add(m.whenEmpty, sums);
                    } else {
                        generated(m.generator, tokens, i, sums);
                    }
                }
                case Bigram b -> addPairs(tokens, weights, i, sums);
                case Offsets o -> {
                    scratch.clear();
                    o.generator.contextFeatures(tokens, i, scratch);
                    addRows(scratch, sums);
                }
                case Generated g -> generated(g.generator, tokens, i, sums);
            }
        }
    }

    private void generated(AdaptiveFeatureGenerator generator, String[] tokens, int i, double[] sums) {
        scratch.clear();
        generator.createFeatures(scratch, tokens, i, null);
        addRows(scratch, sums);
    }

    private void addRows(List<String> features, double[] sums) {
        for (String feature : features) {
            add(model.rows.get(feature), sums);
        }
    }

    /**
     * OpenNLP's bigram features of token {@code i}: "pw,w=" and "pwc,wc=" of it and the token before, "w,nw=" and
     * "wc,nc=" of it and the token after.
     */
    private void addPairs(String[] tokens, TokenWeights[] weights, int i, double[] sums) {
        TokenWeights token = weights[i];
        if (i > 0) {
            TokenWeights previous = weights[i - 1];
            WordPair pair = previous.pairs == null ? null : previous.pairs.get(tokens[i]);
            if (pair != null) {
                add(pair.asPrevious, sums);
            }
            add(classPair(previous.tokenClass, token.tokenClass)[0], sums);
        }
        if (i + 1 < tokens.length) {
            WordPair pair = token.pairs == null ? null : token.pairs.get(tokens[i + 1]);
            if (pair != null) {
                add(pair.asNext, sums);
            }
            add(classPair(token.tokenClass, weights[i + 1].tokenClass)[1], sums);
        }
    }

    private double[][] classPair(String first, String second) {
        return classPairs.computeIfAbsent(first, f -> new HashMap<>()).computeIfAbsent(second, s -> new double[][] {
                model.rows.get("pwc,wc=" + first + "," + second), model.rows.get("wc,nc=" + first + "," + second)});
    }

    /**
     * Adds the weights of the previous-outcome features {@code DefaultNameContextGenerator} appends last:
     * "po=", "pow=", "powf=", "ppo=", for outcome indexes {@code po} and {@code ppo} ({@link #none()} before the sentence).
     */
    void addPreviousOutcomes(TokenWeights token, int po, int ppo, double[] sums) {
        add(model.previous[po], sums);
        add(token.previousAndToken[po], sums);
        add(token.previousAndClass[po], sums);
        add(model.beforePrevious[ppo], sums);
    }

    void updateAdaptiveData(String[] tokens, String[] found) {
        parts.forEach(p -> p.generator().updateAdaptiveData(tokens, found));
        adaptiveEmpty = false;
    }

    void clearAdaptiveData() {
        parts.forEach(p -> p.generator().clearAdaptiveData());
        adaptiveEmpty = true;
    }

    private static void add(double[] row, double[] sums) {
        if (row != null) {
            for (int o = 0; o < row.length; o++) {
                sums[o] += row[o];
            }
        }
    }

    /** {@code sum + row}, into {@code sum} (a new row when it is null); null when both are. */
    private double[] plus(double[] sum, double[] row) {
        if (row == null) {
            return sum;
        }
        double[] out = sum == null ? new double[model.outcomes.length] : sum;
        add(row, out);
        return out;
    }

    /**
     * A token's rows. A window's generator, given the token alone, gives the features of its one-token
     * generators for that token without a prefix (there are no neighbours); the prefixed ones are looked up.
     */
    private TokenWeights weigh(String token) {
        String[] alone = {token};
        double[][] slots = new double[1 + before + after][];
        for (Part part : parts) {
            if (part instanceof Window w) {
                scratch.clear();
                w.generator.createFeatures(scratch, alone, 0, null);
                for (String feature : scratch) {
                    double[][] bySlot = model.windowed.get(feature);
                    if (bySlot != null) {
                        slots[0] = plus(slots[0], bySlot[0]);
                        for (int k = 1; k <= w.before; k++) {
                            slots[k] = plus(slots[k], bySlot[model.before(k)]);
                        }
                        for (int k = 1; k <= w.after; k++) {
                            slots[before + k] = plus(slots[before + k], bySlot[model.after(k)]);
                        }
                    }
                }
            } else if (part instanceof Offsets o) {
                for (int offset = -o.before(); offset <= o.after(); offset++) {
                    int slot = offset <= 0 ? -offset : before + offset;
                    scratch.clear();
                    o.generator.tokenFeatures(token, offset, scratch);
                    for (String feature : scratch) {
                        slots[slot] = plus(slots[slot], model.rows.get(feature));
                    }
                }
            }
        }
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        double[][] withClass = previousAndClass.computeIfAbsent(tokenClass, shape -> {
            double[][] rows = new double[model.outcomes.length + 1][];
            for (int o = 0; o < rows.length; o++) {
                rows[o] = model.rows.get("powf=" + model.outcome(o) + "," + shape);
            }
            return rows;
        });
        return new TokenWeights(slots, model.previousAndToken.getOrDefault(token, model.previousAndUnknown), withClass,
                tokenClass, model.pairs.get(token));
    }

    /**
     * One token's rows: summed by position relative to the token, with each previous outcome; its OpenNLP token
     * class; the bigram rows of the pairs it begins, by the next token (null when the model has none).
     */
    record TokenWeights(double[][] slots, double[][] previousAndToken, double[][] previousAndClass, String tokenClass,
                        Map<String, WordPair> pairs) {
    }

    /** The rows of a word pair's bigram features: "pw,w=" (for the second word) and "w,nw=" (for the first). */
    static final class WordPair {
        private double[] asPrevious;
        private double[] asNext;
    }

    private sealed interface Part permits Window, Offsets, Positional, PreviousMap, Bigram, Generated {
        AdaptiveFeatureGenerator generator();

        /** How far before a position a token gives this part features (merged into the token's rows). */
        default int before() {
            return 0;
        }

        default int after() {
            return 0;
        }
    }

    /**
     * OpenNLP's window of {@code before} and {@code after} tokens over one-token generators, or a one-token
     * generator alone (both 0).
     */
    private record Window(AdaptiveFeatureGenerator generator, int before, int after) implements Part {
    }

    /** A generator of features of single tokens at offsets, and of the context. */
    private record Offsets(TokenOffsetFeatureGenerator generator) implements Part {
        @Override
        public int before() {
            return generator.before();
        }

        @Override
        public int after() {
            return generator.after();
        }
    }

    /** A generator whose features depend on the kind of position alone ({@code def}, sentence begin and end). */
    private record Positional(AdaptiveFeatureGenerator generator) implements Part {
    }

    /** OpenNLP's previous-map generator, with the rows it gives every token while its map is empty. */
    private record PreviousMap(AdaptiveFeatureGenerator generator, double[] whenEmpty) implements Part {
    }

    /** OpenNLP's bigram generator. */
    private record Bigram(AdaptiveFeatureGenerator generator) implements Part {
    }

    /** A generator run as OpenNLP runs it. */
    private record Generated(AdaptiveFeatureGenerator generator) implements Part {
    }

    /** A top-level element of the descriptor: a window of one-token generators (or one alone), or another generator. */
    private record PartSpec(boolean window, int before, int after) {
    }

    /**
     * What is built once per model and shared by its finders: the descriptor's parts, every feature's dense row;
     * for each feature a one-token generator can give, its rows with every window prefix ("" itself, "p1",
     * "p2", …, "n1", …), so a new token costs one look-up per feature instead of one per feature and window
     * position; the rows of "po=X" and "ppo=X"; and for each token the rows of "pow=X,token".
     */
    private static final class ModelWeights {
        /** OpenNLP's bigram features of a word and the one before it, and of a word and the one after it. */
        private static final String PAIR_AS_PREVIOUS = "pw,w=";
        private static final String PAIR_AS_NEXT = "w,nw=";
        private static final Map<TokenNameFinderModel, ModelWeights> BUILT = new WeakHashMap<>();

        private final String[] outcomes;
        private final List<PartSpec> specs;
        private final int maxBefore;
        private final Map<String, double[]> rows = new HashMap<>();
        /** Feature → rows per window slot: 0 itself, 1..maxBefore "p1"…, then "n1"… */
        private final Map<String, double[][]> windowed = new HashMap<>();
        private final Map<String, double[][]> previousAndToken = new HashMap<>();
        /** First word → second word → the rows of the bigram features of the pair. */
        private final Map<String, Map<String, WordPair>> pairs = new HashMap<>();
        private final double[][] previousAndUnknown;
        private final double[][] previous;
        private final double[][] beforePrevious;

        private ModelWeights(TokenNameFinderModel model, Map<String, Context> parameters, String[] outcomes) {
            this.outcomes = outcomes.clone();
            this.specs = specs(model);
            int before = 0;
            int after = 0;
            for (PartSpec s : specs) {
                before = Math.max(before, s.before);
                after = Math.max(after, s.after);
            }
            this.maxBefore = before;
            int slots = 1 + before + after;
            int width = outcomes.length + 1;
            this.previousAndUnknown = new double[width][];
            for (Map.Entry<String, Context> e : parameters.entrySet()) {
                String key = e.getKey();
                double[] row = new double[outcomes.length];
                int[] active = e.getValue().getOutcomes();
                double[] values = e.getValue().getParameters();
                for (int a = 0; a < active.length; a++) {
                    row[active[a]] = values[a];
                }
                rows.put(key, row);
                windowed.computeIfAbsent(key, k -> new double[slots][])[0] = row;
                for (int k = 1; k <= Math.max(before, after); k++) {
                    String p = "p" + k;
                    String n = "n" + k;
                    if (k <= before && key.startsWith(p)) {
                        windowed.computeIfAbsent(key.substring(p.length()), f -> new double[slots][])[k] = row;
                    }
                    if (k <= after && key.startsWith(n)) {
                        windowed.computeIfAbsent(key.substring(n.length()), f -> new double[slots][])[after(k)] = row;
                    }
                }
                if (key.startsWith(PAIR_AS_PREVIOUS) || key.startsWith(PAIR_AS_NEXT)) {
                    addPair(key, row);
                }
                if (key.startsWith("pow=")) {
                    for (int o = 0; o < width; o++) {
                        String head = "pow=" + outcome(o) + ",";
                        if (key.startsWith(head)) {
                            previousAndToken.computeIfAbsent(key.substring(head.length()), t -> new double[width][])[o] = row;
                        }
                    }
                }
            }
            this.previous = new double[width][];
            this.beforePrevious = new double[width][];
            for (int o = 0; o < width; o++) {
                previous[o] = rows.get("po=" + outcome(o));
                beforePrevious[o] = rows.get("ppo=" + outcome(o));
            }
        }

        /**
         * Files a bigram feature under every split of "a,b" at a comma: the string the generator builds for two
         * tokens is the feature only when the tokens are one of these splits, so each split gives the same row.
         */
        private void addPair(String key, double[] row) {
            boolean asPrevious = key.startsWith(PAIR_AS_PREVIOUS);
            String words = key.substring((asPrevious ? PAIR_AS_PREVIOUS : PAIR_AS_NEXT).length());
            for (int comma = words.indexOf(','); comma >= 0; comma = words.indexOf(',', comma + 1)) {
                WordPair pair = pairs.computeIfAbsent(words.substring(0, comma), w -> new HashMap<>())
                        .computeIfAbsent(words.substring(comma + 1), w -> new WordPair());
                if (asPrevious) {
                    pair.asPrevious = row;
                } else {
                    pair.asNext = row;
                }
            }
        }

        static ModelWeights of(TokenNameFinderModel model, Map<String, Context> parameters, String[] outcomes) {
            synchronized (BUILT) {
                return BUILT.computeIfAbsent(model, m -> new ModelWeights(m, parameters, outcomes));
            }
        }

        String outcome(int o) {
            return o == outcomes.length ? NameFinderME.OTHER : outcomes[o];
        }

        int before(int k) {
            return k;
        }

        int after(int k) {
            return maxBefore + k;
        }
    }

    /** The descriptor's top-level generators as parts; none when it is in a form not read here (then it runs whole). */
    private static List<PartSpec> specs(TokenNameFinderModel model) {
        Object descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
        Element root = descriptor instanceof byte[] bytes ? parse(bytes) : null;
        if (root == null || !"featureGenerators".equals(root.getTagName())) {
            return List.of();
        }
        List<PartSpec> specs = new ArrayList<>();
        for (Element generator : children(root, "generator")) {
            String factory = generator.getAttribute("class");
            List<Element> inner = children(generator, "generator");
            if (ONE_TOKEN_FACTORIES.contains(factory) && inner.isEmpty()) {
                specs.add(new PartSpec(true, 0, 0));
            } else if (WINDOW_FACTORY.equals(factory) && !inner.isEmpty()
                    && inner.stream().allMatch(e -> ONE_TOKEN_FACTORIES.contains(e.getAttribute("class"))
                            && children(e, "generator").isEmpty())) {
                specs.add(new PartSpec(true, intParameter(generator, "prevLength"), intParameter(generator, "nextLength")));
            } else {
                specs.add(new PartSpec(false, 0, 0));
            }
        }
        return List.copyOf(specs);
    }

    private static Element parse(byte[] descriptor) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null; // OpenNLP reads it its own way, see specs()
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** An {@code <int name="…">} parameter, which OpenNLP's window factory requires. */
    private static int intParameter(Element generator, String name) {
        for (Element e : children(generator, "int")) {
            if (name.equals(e.getAttribute("name"))) {
                return Integer.parseInt(e.getTextContent().trim());
            }
        }
        throw new IllegalStateException("the window generator of the name model's descriptor has no " + name);
    }
}
