package no.muni.tag;

/**
 * A possible entity before normalisation and merging: character span into the document text, type
 * (PER, ORG, LOC) and where it came from. {@code canonical} is set when the source already knows it
 * (a party label "V" → "Venstre"); otherwise the normaliser derives it from the text.
 */
record Candidate(int start, int end, String text, String type, Source source, String canonical) {

    enum Source { STRUCTURE, PARTY_LABEL, GAZETTEER, PATTERN, MODEL }

    Candidate(int start, int end, String text, String type, Source source) {
        this(start, end, text, type, source, null);
    }

    /** The same span, type and source with the canonical name its source knows. */
    Candidate withCanonical(String name) {
        return new Candidate(start, end, text, type, source, name);
    }

    int length() {
        return end - start;
    }
}
