package no.muni.tag;

import opennlp.tools.util.Span;

/**
 * A sentence after tokenising and name finding. {@code tokenSpans} are character offsets into the
 * whole document text; {@code names} are token spans typed PER, ORG or LOC.
 */
public record TaggedSentence(String[] tokens, Span[] tokenSpans, Span[] names) {

    public int start(Span tokenRange) {
        return tokenSpans[tokenRange.getStart()].getStart();
    }

    public int end(Span tokenRange) {
        return tokenSpans[tokenRange.getEnd() - 1].getEnd();
    }
}
