package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommonWordsTest {

    private static ConlluSentence sentence(String... formsAndTags) {
        List<String> forms = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < formsAndTags.length; i += 2) {
            forms.add(formsAndTags[i]);
            tags.add(formsAndTags[i + 1]);
        }
        return new ConlluSentence(forms, forms.stream().map(f -> true).toList(), tags);
    }

    @Test
    void lowerCaseWordsOutsideNamesSeenTwice() {
        List<ConlluSentence> data = List.of(
                sentence("Kulturskolen", "B-ORG", "styrket", "O", "tilbudet", "O", "i", "O", "Bodø", "B-GPE_LOC"),
                sentence("Rådet", "O", "styrket", "O", "tilbudet", "O", "til", "O", "eldre", "O"),
                sentence("Stiftelsen", "B-ORG", "nye", "I-ORG", "tilbudet", "I-ORG"));
        // "tilbudet" counts twice outside names; capitalised, short and once-seen words do not count
        assertEquals(List.of("styrket", "tilbudet"), CommonWords.of(data));
    }
}
