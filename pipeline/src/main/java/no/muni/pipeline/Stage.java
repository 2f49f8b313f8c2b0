package no.muni.pipeline;

/** The timed stages of a run, in pipeline order. */
public enum Stage {
    DISCOVER, FINGERPRINT, PARSE, STRUCTURE, TAG, INDEX
}
