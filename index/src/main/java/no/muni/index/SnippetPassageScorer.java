package no.muni.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's matched terms, {@link PassageScorer}'s defaults), the same sum in
 * the same order, without the hash table Lucene's {@code score} builds for every passage: its first block of 32 KB
 * was allocated and cleared for each passage holding a match, and a long document whose words begin as a prefix
 * query's has hundreds of them (a third of the snippets' CPU time for {@code frivillig*} at 100,000 documents).
 * A passage holds a few matches, so its distinct terms are found by looking back over them.
 */
final class SnippetPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        // distinct[i]: the match of the i-th distinct term to appear; inPassage[i]: how often it appears
        int[] distinct = new int[matches];
        int[] inPassage = new int[matches];
        int size = 0;
        for (int m = 0; m < matches; m++) {
            int seen = 0;
            while (seen < size && !terms[distinct[seen]].bytesEquals(terms[m])) {
                seen++;
            }
            if (seen == size) {
                distinct[size++] = m;
            }
            inPassage[seen]++;
        }
        double score = 0;
        for (int i = 0; i < size; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[i]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
