package no.muni.model;

import java.util.List;

/**
 * The presentation part of slide decks: the slides, the committee a presentation introduces and the
 * numbers it states. {@link #NONE} for every other kind.
 */
public record Presentation(List<Slide> slides, Committee committee, List<Fact> facts) {

    public static final Presentation NONE = new Presentation(List.of(), null, List.of());

    public Presentation {
        slides = Lists.copy(slides);
        facts = Lists.copy(facts);
    }

    public record Slide(int number, String title, String text) {}

    public record Committee(String name, List<CommitteeMember> members) {}

    public record CommitteeMember(String name, String role, String party) {}

    /** A counted fact a slide states ("723 frivillige organisasjoner"): its phrase and the number. */
    public record Fact(String text, long value) {}
}
