package no.muni.tag;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

import no.muni.text.Bullets;
import no.muni.text.Cancellation;

/**
 * Sentence splitting, tokenising and name finding over a document text. Holds OpenNLP ME instances,
 * which keep per-call state: one annotator per thread (see {@link OpenNlpEntityTagger}).
 */
public final class TextAnnotator {

    private final SentenceDetectorME sentences;
    private final TokenSplits tokenizer;
    private final TokenNameFinder names;

    public TextAnnotator(NlpModels models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenSplits(models.tokens());
        this.names = PerceptronNameFinder.of(models.names());
    }

    /**
     * Lines are split first: in municipal documents a line break ends a heading, a list item or a
     * table row, and the sentence detector was trained on running prose without them.
     */
    public List<TaggedSentence> annotate(String text) {
        List<TaggedSentence> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (lineEnd > lineStart) {
                annotateLine(text, lineStart, lineEnd, out);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Tags a line in bounded windows, so the cost stays linear in its length: a window closes at the first
     * sentence end after {@link #WINDOW} characters (at any space after twice that), and a run without
     * spaces longer than {@link #MAX_TOKEN} characters (a URL, an encoded blob, a table glued without
     * spaces) is skipped, since the tokenizer's cost grows with the square of a token's length and such
     * a run is no name.
     */
    private void annotateLine(String text, int from, int to, List<TaggedSentence> out) {
        int windowStart = from;
        int i = from;
        while (i < to) {
            int runStart = i;
            while (runStart < to && Character.isWhitespace(text.charAt(runStart))) {
                runStart++;
            }
            int runEnd = runStart;
            while (runEnd < to && !Character.isWhitespace(text.charAt(runEnd))) {
                runEnd++;
            }
            i = runEnd;
            if (runEnd - runStart > MAX_TOKEN) {
                annotateWindow(text, windowStart, runStart, out);
                windowStart = runEnd;
            } else if (runEnd - windowStart >= 2 * WINDOW
                    || runEnd - windowStart >= WINDOW && runEnd > runStart && ".!?".indexOf(text.charAt(runEnd - 1)) >= 0) {
                annotateWindow(text, windowStart, runEnd, out);
                windowStart = runEnd;
            }
        }
        annotateWindow(text, windowStart, to, out);
    }

    /** The longest run of non-space characters that is tagged; longer ones are skipped. */
    static final int MAX_TOKEN = 100;
    /** Characters of a line tagged together, at least (up to the next sentence end). */
    static final int WINDOW = 2_000;

    private void annotateWindow(String text, int from, int to, List<TaggedSentence> out) {
        if (to <= from) {
            return;
        }
        Cancellation.check();
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        // OpenNLP 2.5.6's SentenceDetectorME reads the character before an abbreviation, which is
        // index -1 when a line starts with one ("Nr. 5 …"); a leading space keeps it inside the string.
        for (Span padded : sentences.sentPosDetect(" " + line)) {
            Span s = new Span(Math.max(0, padded.getStart() - 1), padded.getEnd() - 1);
            String sentence = line.substring(s.getStart(), s.getEnd());
            Span[] local = peelMarkup(sentence, tokenizer.tokenizePos(sentence));
            if (local.length == 0) {
                continue;
            }
            String[] tokens = new String[local.length];
            Span[] absolute = new Span[local.length];
            int base = from + s.getStart();
            for (int i = 0; i < local.length; i++) {
                tokens[i] = sentence.substring(local[i].getStart(), local[i].getEnd());
                absolute[i] = new Span(base + local[i].getStart(), base + local[i].getEnd());
            }
            out.add(new TaggedSentence(tokens, absolute, names(tokens)));
        }
    }

    /**
     * The name finder's names, asked only of a sentence with a capital letter: Norwegian writes every name with
     * one, and the rest (figures of a table row, a line in lower case) holds none (no entity of NorNE dev does).
     */
    private Span[] names(String[] tokens) {
        if (!hasCapital(tokens)) {
            return new Span[0];
        }
        Span[] found = names.find(tokens);
        names.clearAdaptiveData();
        return found;
    }

    private static boolean hasCapital(String[] tokens) {
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                if (Character.isUpperCase(token.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Markup and bullet characters left in the text by unpaired emphasis or typed bullets. */
    private static final String MARKUP = "*_" + Bullets.SYMBOLS;

    /**
     * Splits leftover markup off the words it touches ("*Regjeringens" → "*", "Regjeringens") and two
     * capitalised names joined by one slash ("Næringslivsforeningen/NAVs"): the tokenizer learnt from news
     * text without them and keeps them glued, which hides the words from the name finder and the gazetteer.
     */
    static Span[] peelMarkup(String sentence, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length);
        for (Span t : tokens) {
            int start = t.getStart();
            int end = t.getEnd();
            while (start < end - 1 && MARKUP.indexOf(sentence.charAt(start)) >= 0) {
                out.add(new Span(start, start + 1));
                start++;
            }
            int slash = sentence.indexOf('/', start);
            int nextSlash = slash < 0 ? -1 : sentence.indexOf('/', slash + 1);
            if (slash > start + 1 && slash < end - 2 && (nextSlash < 0 || nextSlash >= end)
                    && Character.isUpperCase(sentence.charAt(start)) && Character.isUpperCase(sentence.charAt(slash + 1))) {
                // two names joined by a slash: "Næringslivsforeningen/NAVs", "SFO/IFO"
                out.add(new Span(start, slash));
                out.add(new Span(slash, slash + 1));
                start = slash + 1;
            }
            int trailing = end;
            while (trailing > start + 1 && MARKUP.indexOf(sentence.charAt(trailing - 1)) >= 0) {
                trailing--;
            }
            out.add(new Span(start, trailing));
            for (int i = trailing; i < end; i++) {
                out.add(new Span(i, i + 1));
            }
        }
        return out.toArray(Span[]::new);
    }
}
