package no.muni.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a named participant is: an organisation or a person. Places are named in the tagger's
 * {@code places} only; nothing else in the contract says which kind a name is.
 */
public enum EntityKind {
    @JsonProperty("organisation") ORGANISATION,
    @JsonProperty("person") PERSON
}
