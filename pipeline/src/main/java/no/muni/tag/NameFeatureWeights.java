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

import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The weights a perceptron name model holds for the features of a sentence's tokens, added up in the order
 * in which OpenNLP's {@code DefaultNameContextGenerator} generates the features, so that every outcome's sum
 * is the same additions in the same order as in {@code PerceptronModel.eval}.
 *
 * <p>The model's feature-generator descriptor is read generator by generator. A generator whose features
 * depend on the one token alone (its form, class, prefixes, suffixes, character n-grams, word clusters), and a
 * window of such generators, is evaluated once per distinct token: the weights of its features, for the token
 * in each window position, are kept with the token, so a ±2 window neither recomputes each neighbour's
 * features five times nor builds and hashes the prefixed strings ("p1w&amp;c=…") again. Every other generator
 * (bigrams, sentence position, adaptive data, muni's Norwegian features, any custom one) runs as OpenNLP runs
 * it, and its strings are looked up per token. A descriptor in a form not read here runs whole, which is still
 * correct, only slower.
 *
 * <p>A feature's weights are a dense row, one number per outcome (0 where the model has none), built once
 * per model ({@link ModelWeights}): adding 0 leaves a sum as it is, and a row is one short array instead of
 * OpenNLP's context object with its two arrays, which is what the sums spent their time fetching.
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

    private final ModelWeights model;
    /** The descriptor's generators in order, built for this instance (some keep per-sentence state). */
    private final List<Part> parts;
    private final Map<String, double[][]> previousAndClass = new HashMap<>();
    private final Map<String, TokenWeights> kept = new HashMap<>();
    private final List<String> scratch = new ArrayList<>();

    NameFeatureWeights(TokenNameFinderModel model, Map<String, Context> parameters, String[] outcomes) {
        this.model = ModelWeights.of(model, parameters, outcomes);
        AdaptiveFeatureGenerator whole = model.getFactory().createFeatureGenerators();
        List<AdaptiveFeatureGenerator> generators = topLevel(whole);
        List<PartSpec> specs = this.model.specs;
        if (specs.size() != generators.size()) {
            this.parts = List.of(new Generated(whole));
        } else {
            List<Part> built = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                PartSpec spec = specs.get(i);
                built.add(spec.window ? new Window(generators.get(i), spec.before, spec.after) : new Generated(generators.get(i)));
            }
            this.parts = List.copyOf(built);
        }
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
        for (int p = 0; p < parts.size(); p++) {
            switch (parts.get(p)) {
                case Window w -> {
                    add(weights[i].windows[p][0], sums);
                    for (int k = 1; k <= w.before && i - k >= 0; k++) {
                        add(weights[i - k].windows[p][k], sums);
                    }
                    for (int k = 1; k <= w.after && i + k < tokens.length; k++) {
                        add(weights[i + k].windows[p][w.before + k], sums);
                    }
                }
                case Generated g -> {
                    scratch.clear();
                    g.generator.createFeatures(scratch, tokens, i, null);
                    for (String feature : scratch) {
                        add(model.rows.get(feature), sums);
                    }
                }
            }
        }
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
    }

    void clearAdaptiveData() {
        parts.forEach(p -> p.generator().clearAdaptiveData());
    }

    private static void add(double[] row, double[] sums) {
        if (row != null) {
            for (int o = 0; o < row.length; o++) {
                sums[o] += row[o];
            }
        }
    }

    private static void add(double[][] rows, double[] sums) {
        for (double[] row : rows) {
            add(row, sums);
        }
    }

    /**
     * A token's rows. A window's generator, given the token alone, gives the features of its one-token
     * generators for that token without a prefix (there are no neighbours); the prefixed ones are looked up.
     */
    private TokenWeights weigh(String token) {
        String[] alone = {token};
        double[][][][] windows = new double[parts.size()][][][];
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) instanceof Window w) {
                scratch.clear();
                w.generator.createFeatures(scratch, alone, 0, null);
                double[][][] found = new double[scratch.size()][][];
                for (int f = 0; f < found.length; f++) {
                    found[f] = model.windowed.get(scratch.get(f));
                }
                windows[p] = new double[1 + w.before + w.after][][];
                windows[p][0] = inSlot(found, 0);
                for (int k = 1; k <= w.before; k++) {
                    windows[p][k] = inSlot(found, model.before(k));
                }
                for (int k = 1; k <= w.after; k++) {
                    windows[p][w.before + k] = inSlot(found, model.after(k));
                }
            }
        }
        double[][] withClass = previousAndClass.computeIfAbsent(FeatureGeneratorUtil.tokenFeature(token), shape -> {
            double[][] rows = new double[model.outcomes.length + 1][];
            for (int o = 0; o < rows.length; o++) {
                rows[o] = model.rows.get("powf=" + model.outcome(o) + "," + shape);
            }
            return rows;
        });
        return new TokenWeights(windows, model.previousAndToken.getOrDefault(token, model.previousAndUnknown), withClass);
    }

    /** The rows the features have in one window slot, in the features' order; features the model lacks add nothing. */
    private static double[][] inSlot(double[][][] found, int slot) {
        int n = 0;
        for (double[][] slots : found) {
            if (slots != null && slots[slot] != null) {
                n++;
            }
        }
        double[][] rows = new double[n][];
        n = 0;
        for (double[][] slots : found) {
            if (slots != null && slots[slot] != null) {
                rows[n++] = slots[slot];
            }
        }
        return rows;
    }

    /** One token's rows: per window part and position in the window, and with each previous outcome. */
    record TokenWeights(double[][][][] windows, double[][] previousAndToken, double[][] previousAndClass) {
    }

    private sealed interface Part permits Window, Generated {
        AdaptiveFeatureGenerator generator();
    }

    /**
     * OpenNLP's window of {@code before} and {@code after} tokens over one-token generators, or a one-token
     * generator alone (both 0).
     */
    private record Window(AdaptiveFeatureGenerator generator, int before, int after) implements Part {
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
        private static final Map<TokenNameFinderModel, ModelWeights> BUILT = new WeakHashMap<>();

        private final String[] outcomes;
        private final List<PartSpec> specs;
        private final int maxBefore;
        private final Map<String, double[]> rows = new HashMap<>();
        /** Feature → rows per window slot: 0 itself, 1..maxBefore "p1"…, then "n1"… */
        private final Map<String, double[][]> windowed = new HashMap<>();
        private final Map<String, double[][]> previousAndToken = new HashMap<>();
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
