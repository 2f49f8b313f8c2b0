package no.muni.tag.train;

import java.util.List;

/**
 * One sentence of a CoNLL-U file reduced to what both NorNE splits agree on: the word forms,
 * whether a space follows each form, and the BIO entity tag from MISC ({@code name=B-ORG}).
 */
public record ConlluSentence(List<String> forms, List<Boolean> spaceAfter, List<String> tags) {
    public ConlluSentence {
        forms = List.copyOf(forms);
        spaceAfter = List.copyOf(spaceAfter);
        tags = List.copyOf(tags);
        if (forms.size() != spaceAfter.size() || forms.size() != tags.size()) {
            throw new IllegalArgumentException("forms, spaceAfter and tags differ in length");
        }
    }

    /** The sentence as running text, rebuilt from the forms and SpaceAfter. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < forms.size(); i++) {
            sb.append(forms.get(i));
            if (spaceAfter.get(i) && i < forms.size() - 1) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
