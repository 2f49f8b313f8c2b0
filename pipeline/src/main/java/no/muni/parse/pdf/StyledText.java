package no.muni.parse.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import no.muni.text.TextNormaliser;

/**
 * The text of one block as it is assembled from styled runs, with the phrases set in italics or
 * bold. A phrase runs on across spaces and line ends as long as the next visible text keeps the
 * style. Bold covering the whole block is the block's style (a label, a caption), not emphasis.
 */
final class StyledText {

    private final List<PdfRun> runs = new ArrayList<>();

    void append(List<PdfRun> more) {
        runs.addAll(more);
    }

    /** Between chunks of one line. */
    void space() {
        runs.add(new PdfRun(" ", false, false));
    }

    /** Between lines: kept as a line end so that a hyphenated word is joined. */
    void lineBreak() {
        runs.add(new PdfRun("\n", false, false));
    }

    String text() {
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(r.text()));
        return TextNormaliser.flow(all.toString());
    }

    List<String> emphasis() {
        String text = text();
        List<String> phrases = new ArrayList<>(phrases(PdfRun::italic));
        phrases(PdfRun::bold).stream().filter(p -> !p.equals(text)).forEach(phrases::add);
        return phrases;
    }

    private List<String> phrases(Predicate<PdfRun> styled) {
        List<String> phrases = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        boolean open = false;
        for (PdfRun run : runs) {
            if (run.text().isBlank()) {
                if (open) {
                    phrase.append(run.text());
                }
            } else if (styled.test(run)) {
                phrase.append(run.text());
                open = true;
            } else {
                addPhrase(phrases, phrase);
                open = false;
            }
        }
        addPhrase(phrases, phrase);
        return phrases;
    }

    private static void addPhrase(List<String> phrases, StringBuilder phrase) {
        String flowed = TextNormaliser.flow(phrase.toString());
        if (!flowed.isEmpty()) {
            phrases.add(flowed);
        }
        phrase.setLength(0);
    }
}
