package no.muni.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of named entity the export names: the tagger's entity lists and the participants of minutes. */
public enum EntityKind {
    @JsonProperty("organisation") ORGANISATION,
    @JsonProperty("person") PERSON,
    @JsonProperty("place") PLACE
}
