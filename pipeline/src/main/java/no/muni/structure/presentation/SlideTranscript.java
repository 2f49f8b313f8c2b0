package no.muni.structure.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.Heading;
import no.muni.model.Paragraph;
import no.muni.model.Presentation.Slide;

/**
 * Slides as a transcript gives them: each slide's text flattened into one paragraph that opens with
 * the slide number ("2 Prinsipper … "), numbers running 1, 2, 3… without a dot. A number that breaks
 * the run belongs to the slide's text ("1) …", "13 mill.").
 */
public final class SlideTranscript {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\S.*)$", Pattern.DOTALL);
    private static final int MIN_TRANSCRIPT_SLIDES = 3;
    private static final int MIN_SIZED_SLIDES = 5;
    private static final int MAX_SLIDE_CHARS = 400;

    private SlideTranscript() {
    }

    /** Numbered headings are sections; a transcript needs numbered paragraphs. */
    public static boolean isTranscript(List<Block> body) {
        return read(body).stream().filter(s -> s.paragraph).count() >= MIN_TRANSCRIPT_SLIDES;
    }

    /**
     * Whether the numbered pages hold no more than slides do: at least {@value #MIN_SIZED_SLIDES} of them, three in four of those
     * before the last (which a stored excerpt may cut) under {@value #MAX_SLIDE_CHARS} characters. A document's pages run longer;
     * a slide of running text now and then does not make slides a document.
     */
    public static boolean hasSlideSizedPages(List<Block> body) {
        List<RawSlide> slides = read(body);
        if (slides.size() < MIN_SIZED_SLIDES) {
            return false;
        }
        List<RawSlide> whole = slides.subList(0, slides.size() - 1);
        return whole.stream().filter(s -> s.length() < MAX_SLIDE_CHARS).count() * 4 >= whole.size() * 3L;
    }

    public static List<Slide> slides(List<Block> body) {
        return read(body).stream().map(RawSlide::toSlide).toList();
    }

    private static final class RawSlide {
        final int number;
        final boolean paragraph;
        final String heading;
        final StringBuilder content = new StringBuilder();

        RawSlide(int number, boolean paragraph, String heading, String content) {
            this.number = number;
            this.paragraph = paragraph;
            this.heading = heading;
            this.content.append(content);
        }

        int length() {
            return (heading == null ? 0 : heading.length()) + content.length();
        }

        Slide toSlide() {
            if (heading != null) {
                SlideTitle.Split split = SlideTitle.split(heading, false);
                String rest = (split.rest() + " " + content).strip();
                return new Slide(number, split.title() == null ? heading : split.title(), rest);
            }
            SlideTitle.Split split = SlideTitle.split(content.toString().strip(), true);
            return new Slide(number, split.title(), split.rest());
        }
    }

    private static List<RawSlide> read(List<Block> body) {
        List<RawSlide> slides = new ArrayList<>();
        RawSlide current = null;
        for (Block block : body) {
            RawSlide next = start(block, slides.size() + 1);
            if (next != null) {
                current = next;
                slides.add(current);
            } else if (current != null && !block.text().isBlank()) {
                current.content.append(current.content.isEmpty() ? "" : "\n").append(block.text());
            }
        }
        return slides;
    }

    private static RawSlide start(Block block, int expected) {
        if (block instanceof Heading h && String.valueOf(expected).equals(h.number())) {
            return new RawSlide(expected, false, h.text(), "");
        }
        if (block instanceof Paragraph p) {
            Matcher m = LEADING_NUMBER.matcher(p.text());
            if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                return new RawSlide(expected, true, null, m.group(2));
            }
        }
        return null;
    }
}
