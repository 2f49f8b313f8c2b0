package no.muni.model;

import java.util.List;

/**
 * Named entities found in a document's clean text, normalised to canonical names. Amounts and measures
 * are not entities: the export carries them beside these.
 */
public record Entities(List<Entity> organisations, List<Entity> persons, List<Entity> places) {
    public Entities {
        organisations = List.copyOf(organisations);
        persons = List.copyOf(persons);
        places = List.copyOf(places);
    }

    public static final Entities NONE = new Entities(List.of(), List.of(), List.of());

    /** One canonical entity with every place it is mentioned; offsets refer to the document's text. */
    public record Entity(String name, List<String> aliases, List<Mention> mentions) {
        public Entity {
            aliases = Lists.copy(aliases);
            mentions = Lists.copy(mentions);
        }
    }

    public record Mention(int start, int end, String text) {}
}
