package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Snippets rank passages exactly as Lucene's own scorer does: the same float for every passage. */
class SnippetPassageScorerTest {

    @Test
    void scoresEveryPassageAsLucenesScorerDoes() {
        Random random = new Random(7);
        PassageScorer lucene = new PassageScorer();
        SnippetPassageScorer ours = new SnippetPassageScorer();
        String[] words = {"frivillig", "frivillige", "frivilligsentral", "frivillighet", "sektor", "kommunen"};
        for (int p = 0; p < 2_000; p++) {
            Passage passage = new Passage();
            int start = random.nextInt(100_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 1_000); // room for its matches: at most 12, each under 50 characters on
            int at = start;
            int matches = random.nextInt(12);
            for (int m = 0; m < matches; m++) {
                String word = words[random.nextInt(words.length)];
                at += 1 + random.nextInt(30);
                // a term's frequency in the document is the same at each of its matches
                passage.addMatch(at, at + word.length(), new BytesRef(word), 1 + Math.floorMod(word.hashCode() + p, 40));
                at += word.length();
            }
            int contentLength = start + 1_000 + random.nextInt(200_000);
            assertEquals(lucene.score(passage, contentLength), ours.score(passage, contentLength), passage.toString());
        }
    }
}
