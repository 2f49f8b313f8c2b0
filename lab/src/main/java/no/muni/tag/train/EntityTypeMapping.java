package no.muni.tag.train;

import java.util.Optional;

/**
 * Maps NorNE's nine entity types onto the three muni tags.
 * <ul>
 *   <li>PER → PER.</li>
 *   <li>ORG and GPE_ORG → ORG: a place acting as an institution ("Drammen kommune vedtok",
 *       "Norge protesterte") is what municipal readers mean by an organisation.</li>
 *   <li>LOC and GPE_LOC → LOC: a place used as a place.</li>
 *   <li>PROD, EVT, DRV, MISC → dropped (treated as outside any entity): products, events and
 *       derived adjectives ("norsk") are not organisations, persons or places, and training on them
 *       as O teaches the model not to call them ORG.</li>
 * </ul>
 */
public final class EntityTypeMapping {
    public static final String PER = "PER";
    public static final String ORG = "ORG";
    public static final String LOC = "LOC";

    private EntityTypeMapping() {
    }

    public static Optional<String> map(String norneType) {
        return switch (norneType) {
            case "PER" -> Optional.of(PER);
            case "ORG", "GPE_ORG" -> Optional.of(ORG);
            case "LOC", "GPE_LOC" -> Optional.of(LOC);
            default -> Optional.empty();
        };
    }
}
