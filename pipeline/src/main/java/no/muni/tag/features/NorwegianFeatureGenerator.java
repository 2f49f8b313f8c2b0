package no.muni.tag.features;

import java.util.List;

import no.muni.tag.Gazetteer;

/**
 * Name-finder features for Norwegian beyond OpenNLP's defaults: word shape, organisation head
 * endings of the token and its right neighbours, position in the sentence, a party-label pattern
 * "(V)", the name without its genitive s ("NATOs", "Kroatias", "Bergens" share the weights learnt for "NATO",
 * "Kroatia", "Bergen": a genitive of a known name is a form the training data may never show), and gazetteer
 * membership of the token and its neighbours. The shape, head ending and stem are features of the token alone
 * ({@link TokenOffsetFeatureGenerator}), so the name finder computes them once per distinct word. One instance per
 * name finder: it caches the gazetteer match of the current sentence, so it is not thread-safe.
 */
public final class NorwegianFeatureGenerator implements TokenOffsetFeatureGenerator {

    private final Gazetteer gazetteer;
    private final boolean genitiveStems;
    private final boolean headsBefore;
    private final boolean capitalContext;
    private String[] cachedSentence;
    private String[] cachedMatch;

    /**
     * @param gazetteer null to leave out membership features
     * @param genitiveStems whether to add the genitive-stem feature (models trained before it was added lack it)
     */
    public NorwegianFeatureGenerator(Gazetteer gazetteer, boolean genitiveStems) {
        this(gazetteer, genitiveStems, false, false);
    }

    /**
     * @param headsBefore also the organisation heads of the two tokens before ("oh-1=", "oh-2="): the place after
     *                    "Statsforvalteren i", "Frivilligsentralen i" belongs to the name
     * @param capitalContext a capitalised word inside a sentence joined with the word before and after it
     *                    ("cap|p=mot", "cap|n=vant"): the neighbours say institution or place for a name never seen,
     *                    where the window features of a word alone cannot say that it is capitalised
     */
    public NorwegianFeatureGenerator(Gazetteer gazetteer, boolean genitiveStems, boolean headsBefore,
                                     boolean capitalContext) {
        this.gazetteer = gazetteer;
        this.genitiveStems = genitiveStems;
        this.headsBefore = headsBefore;
        this.capitalContext = capitalContext;
    }

    @Override
    public int before() {
        return headsBefore ? 2 : 0;
    }

    @Override
    public int after() {
        return 2;
    }

    /** Its own shape, head ending and genitive stem; the head endings of the next two tokens ("oh1=", "oh2="). */
    @Override
    public void tokenFeatures(String token, int offset, List<String> features) {
        switch (offset) {
            case 0 -> {
                features.add("sh=" + TokenShape.of(token));
                addHead(features, "oh0=", OrganisationHeads.ending(token));
                String stem = genitiveStems ? genitiveStem(token) : null;
                if (stem != null) {
                    features.add("stem=" + stem);
                }
            }
            case 1 -> addHead(features, "oh1=", OrganisationHeads.ending(token));
            case 2 -> addHead(features, "oh2=", OrganisationHeads.ending(token));
            case -1 -> addHead(features, "oh-1=", OrganisationHeads.ending(token));
            case -2 -> addHead(features, "oh-2=", OrganisationHeads.ending(token));
            default -> { }
        }
    }

    @Override
    public void contextFeatures(String[] tokens, int index, List<String> features) {
        String token = tokens[index];
        if (index == 0) {
            features.add("pos=first");
        } else if (index == tokens.length - 1) {
            features.add("pos=last");
        }
        boolean upper = !token.isEmpty() && Character.isUpperCase(token.charAt(0));
        if (upper && index > 0) {
            // capitalised mid-sentence: a name in Norwegian, where common nouns are lower case
            features.add("midcap");
            if (Character.isUpperCase(tokens[index - 1].charAt(0))) {
                features.add("midcap+prevcap");
            }
            if (capitalContext) {
                features.add("cap|p=" + tokens[index - 1].toLowerCase(java.util.Locale.ROOT));
                features.add("cap|n=" + (index + 1 < tokens.length
                        ? tokens[index + 1].toLowerCase(java.util.Locale.ROOT) : "$"));
            }
        }
        if (index > 0 && index + 1 < tokens.length && "(".equals(tokens[index - 1]) && ")".equals(tokens[index + 1])) {
            features.add("paren=" + TokenShape.of(token));
        }
        if (gazetteer != null) {
            String[] match = match(tokens);
            features.add("gz0=" + orOutside(match[index]));
            if (index > 0) {
                features.add("gz-1=" + orOutside(match[index - 1]));
            }
            if (index + 1 < tokens.length) {
                features.add("gz+1=" + orOutside(match[index + 1]));
            }
        }
    }

    private static void addHead(List<String> features, String prefix, String ending) {
        if (ending != null) {
            features.add(prefix + ending);
        }
    }

    /**
     * A capitalised word without its genitive ending, lower case ("NATOs", "Larnington's" → "nato",
     * "larnington"); the word itself, lower case, when it has none, so the base form fires the same feature.
     * Null for words in lower case: their genitives are ordinary words.
     */
    static String genitiveStem(String token) {
        if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
            return null;
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        int n = lower.length();
        if (n > 4 && lower.endsWith("s") && (lower.charAt(n - 2) == '\'' || lower.charAt(n - 2) == '\u2019')) {
            return lower.substring(0, n - 2);
        }
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
            return lower.substring(0, n - 1);
        }
        return lower;
    }

    private static String orOutside(String tag) {
        return tag == null ? "O" : tag;
    }

    private String[] match(String[] tokens) {
        if (tokens != cachedSentence) {
            cachedSentence = tokens;
            cachedMatch = gazetteer.match(tokens);
        }
        return cachedMatch;
    }
}
