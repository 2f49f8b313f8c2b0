package no.muni.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.text.Bullets;

/**
 * The list label a line starts with: a bullet or enumerator set apart as a hanging label (its own
 * chunk, as word processors tab it) or typed before the text. A hanging label proves itself by its
 * position, so any enumerator counts; typed before the text, "A." or "4.2" could open a name or a
 * sentence, so only bullets and enumerators closed by ")" or a number's "." count.
 *
 * @param marker the label as written ("•", "a)", "4.2.")
 * @param x      where the label stands, for the list's depth
 * @param rest   the line's chunks after the label
 */
record LineLabel(String marker, float x, List<PdfChunk> rest) {

    private static final Pattern HANGING = Pattern.compile("^(?:" + Bullets.CLASS + "|\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)]"
            + "|\\d{1,2}(?:\\.\\d{1,2})+|\\(?[\\p{L}][.)]|\\(?[ivxIVX]{1,4}[.)])$");
    private static final Pattern TYPED = Pattern.compile("^(" + Bullets.CLASS + "|\\d{1,2}(?:\\.\\d{1,2})*[.)]|\\(?[\\p{L}]\\))\\s+\\S");

    static Optional<LineLabel> of(PdfLine line) {
        List<PdfChunk> chunks = line.chunks();
        PdfChunk first = chunks.getFirst();
        String text = first.text();
        if (chunks.size() > 1 && HANGING.matcher(text).matches()) {
            return Optional.of(new LineLabel(text, first.x0(), chunks.subList(1, chunks.size())));
        }
        Matcher typed = TYPED.matcher(text);
        if (typed.find() && !continuesSentence(typed.group(1), text.substring(typed.end() - 1))) {
            List<PdfChunk> rest = new ArrayList<>(chunks);
            rest.set(0, withoutPrefix(first, typed.group(1).length()));
            return Optional.of(new LineLabel(typed.group(1), first.x0(), rest));
        }
        return Optional.empty();
    }

    /** "… per 1. januar" wrapped after "per": an enumerator followed by lowercase is a date or an ordinal. */
    private static boolean continuesSentence(String marker, String after) {
        return Character.isLetterOrDigit(marker.charAt(0)) && Character.isLowerCase(after.codePointAt(0));
    }

    /** The chunk without its first {@code length} visible characters and the space after them. */
    private static PdfChunk withoutPrefix(PdfChunk chunk, int length) {
        List<PdfRun> runs = new ArrayList<>();
        int skip = length;
        boolean leading = true;
        for (PdfRun run : chunk.runs()) {
            String text = run.text();
            if (leading) {
                text = text.stripLeading();
                int cut = Math.min(skip, text.length());
                skip -= cut;
                text = text.substring(cut);
                if (skip == 0) {
                    text = text.stripLeading();
                    leading = text.isEmpty();
                }
            }
            if (!text.isEmpty()) {
                runs.add(new PdfRun(text, run.bold(), run.italic()));
            }
        }
        return new PdfChunk(chunk.x0(), chunk.x1(), chunk.size(), chunk.x1(), runs);
    }
}
